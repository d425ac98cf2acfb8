"""Every relation and mention rule, each on a sentence of its own (none from the seed)."""

from __future__ import annotations

import pytest
from helpers import edge_rules, edges, mention_rules, nodes

import kg

# (sentence, (subject, predicate, object), rule id that must have produced the edge)
RELATION_CASES = [
    (
        # さくら銀: a hiragana name's bank written short
        "北斗銀行とさくら銀行(ともに青森市)は12日、統合で合意した。社長には北斗銀の成田晋頭取が、副社長にはさくら銀の"
        "藤田貴之頭取がそれぞれ就任する。",
        ("藤田貴之", "leads", "さくら銀行"),
        "nominal.org_person",
    ),
    (
        # …持ち株会社「X」を新たに設け、両行はその傘下に入る: the pair goes under the company founded
        "北斗銀行と南海銀行(ともに青森市)は12日、経営を統合することで合意した。"
        "共同持ち株会社「ソラホールディングス(HD)」を新たに設け、両行はその傘下に入る。",
        ("南海銀行", "subsidiaryOf", "ソラホールディングス"),
        "subsidiaryOf.under_the_one_founded",
    ),
    (
        # «TECH»…事業を、子会社のXと: a technology's slot before the unit word
        "北斗電機は新工場を建てる。レーザー装置事業を、子会社の南海化学と一本化する。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.of_previous_topic",
    ),
    (
        # X信組 is X信用組合 written short, as X信金 is X信用金庫
        "北斗信用組合(札幌市)と南海信用組合(同)は25日、協定を交わした。南海信組の浅田広司理事長は、今回の連携に期待を寄せた。",
        ("浅田広司", "leads", "南海信用組合"),
        "nominal.org_person",
    ),
    (
        # X(以下、X)が全額を出資する株式会社Y: a gloss after the parent, を after 全額
        "北斗通商株式会社(以下、北斗通商)が全額を出資する株式会社ソラドリーム沖縄(以下、ソラドリーム沖縄)が、沖縄で事業を始める。",
        ("ソラドリーム沖縄", "subsidiaryOf", "北斗通商"),
        "subsidiaryOf.wholly_owned",
    ),
    (
        # Xの株式の70%を取得して子会社とすることを決議した: 決議 reports the clause as 決めた does
        "北斗フード・ホールディングスは、南海化学の株式の70%を取得して子会社とすることを決議した。",
        ("北斗フード・ホールディングス", "acquires", "南海化学"),
        "frame.takes_over",
    ),
    (
        # X(売上高…)の株式の70%を: a gloss inside the name's phrase; the parse hangs it on the last verb
        "北斗フード・ホールディングスは、ソラ水産(売上高26億6000万円)の株式の70%を取得して子会社とすることを決議した。",
        ("ソラ水産", "subsidiaryOf", "北斗フード・ホールディングス"),
        "frame.makes_subsidiary",
    ),
    (
        # Xは、Y(…)が100%出資する子会社のZと共同で: Y is the relative clause's, X is Z's partner
        "北斗商事株式会社(8002)は、南海水産(1332)が100%出資する子会社のSora Suisan (Europe) B.V.と共同で、"
        "デンマークのMinato Salmon A/Sの株式を取得した。",
        ("北斗商事", "partnersWith", "Sora Suisan (Europe) B.V."),
        "cue.partnersWith.clause",
    ),
    (
        # Xを、YがTOBで子会社に収めている: 子会社に収める as 傘下に収める
        "2024年には、通販大手の北斗ホールディングス(京都市)を、ソラメディカルがTOBで相次いで子会社に収めている。",
        ("北斗ホールディングス", "subsidiaryOf", "ソラメディカル"),
        "frame.makes_subsidiary",
    ),
    (
        # Xは、AとBがつくった合弁企業である: the founders of the company described hold stakes in it
        "ソラ航空は、北斗商事と南海モーターがつくった合弁企業である。",
        ("北斗商事", "investsIn", "ソラ航空"),
        "investsIn.joint_venture_described",
    ),
    (
        # AとBがN年に半分ずつ出資してXを立ち上げた: a year and the shares between
        "北斗電機と南海化学が1960年に半分ずつ出資してソラネオを立ち上げたのが始まりだ。",
        ("北斗電機", "investsIn", "ソラネオ"),
        "investsIn.found_with_money",
    ),
    (
        # Xの子会社にあたるY (にあたる as である), with a gloss that names the parent's chief
        "北斗化成(社長=山田一郎氏、東京都千代田区)の子会社にあたる米ソラ・メディカル(マサチューセッツ州)は、新工場を建てる。",
        ("ソラ・メディカル", "subsidiaryOf", "北斗化成"),
        "subsidiaryOf.parent_first",
    ),
    (
        # Xが発行している普通株式をすべて取得: the issuer's shares, all of them
        "北斗化成は、ミナトメディカル社が発行している普通株式をすべて取得することで合意した。",
        ("北斗化成", "acquires", "ミナトメディカル"),
        "frame.acquires",
    ),
    (
        # Xの|普通|株式を: the kind of shares cut off as a phrase of its own still says whose they are
        "北斗化成は、ミナトメディカル社の普通株式をすべて取得することで合意した。",
        ("北斗化成", "acquires", "ミナトメディカル"),
        "frame.acquires",
    ),
    (
        # Xを子会社化したように、Yは…: the clause leaves its subject to the topic after it
        "18年に南海ロジスティクスを子会社化したように、ソラHDは有力な物流子会社をM&Aで取り込んできた。",
        ("ソラHD", "acquires", "南海ロジスティクス"),
        "frame.takes_over",
    ),
    (
        # X(…郡…町): a district before the town in a head-office gloss
        "方針を、北斗リゾート(西臼杵郡高千穂町)が27日に発表した。",
        ("北斗リゾート", "basedIn", "高千穂町"),
        "basedIn.paren_location",
    ),
    (
        # 現社長のX氏は…に回る: the post held now, of the article's company
        "北斗電機は14日、専務の川田次郎氏を社長に昇格させる人事を発表した。現社長の山田一郎氏は取締役顧問に回る。",
        ("山田一郎", "leads", "北斗電機"),
        "title.main_company",
    ),
    (
        # 岩城治美(㈱ソラシン会長): a name after a legal form is the company the post is at
        "副会頭を岩城治美(㈱ソラシン会長)、川田茂太郎(北斗染工㈱会長)の2氏が務める。",
        ("岩城治美", "leads", "ソラシン"),
        "nominal.post_in_parentheses",
    ),
    (
        # X(本社…)で、専務のYが社長へ昇格する: a post taken in the company the sentence is set in
        "総合製紙メーカー、北斗パルプ工業(本社高岡市)で、専務取締役の植田久氏が社長へ昇格する。",
        ("植田久", "leads", "北斗パルプ工業"),
        "nominal.post_taken_in_scene",
    ),
    (
        # XはA(…・山田一郎代表取締役)とB(…)を100%子会社に持つ: each unit past its gloss
        "株式会社北斗は、昨年7月に今の社名へ改め、株式会社ソラ(横浜市・山田一郎代表取締役)と株式会社ミナトテック"
        "(大阪市・川田二郎代表取締役)を100%子会社に持つ持株会社へと移った。",
        ("ソラ", "subsidiaryOf", "北斗"),
        "subsidiaryOf.also_held",
    ),
    (
        # ソラ社(所在地:…、社長:ハサン・ソラル、以下:ソラ社): 社 between the name and the gloss, a dotted
        # katakana chief after the colon
        "北斗種苗株式会社は5日、ソラ社(所在地:トルコ・アンタルヤ、社長:ハサン・ソラル、以下:ソラ社)から部門を"
        "買い取りました。",
        ("ハサン・ソラル", "leads", "ソラ"),
        "nominal.chief_in_gloss",
    ),
    (
        # 北斗/南海化学傘下のXを…子会社に: a trade headline's slash after the topic, as its comma would be
        "北斗電機/南海化学傘下のソラテックを約30億円で子会社に",
        ("ソラテック", "subsidiaryOf", "北斗電機"),
        "cue.makes_subsidiary",
    ),
    (
        # Xについて、Yは…自社の子会社とする: 自社の is the subject's own, no other company's
        "南海化学が全額を出資するソラテックについて、北斗電機は秋をめどに自社の子会社とする。",
        ("ソラテック", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary",
    ),
    (
        # XはYの連結子会社として扱われる: as the unit of Y, X is Y's
        "新会社のソラアクティフは、北斗電機の連結子会社として扱われる。",
        ("ソラアクティフ", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.is_child_of",
    ),
    (
        # A、BとCの3社は…Xへ出資したことを明らかにした: a clause reported by a verb whose word hangs on
        # it (明らかに|した) keeps the reporters as its subject
        "北斗電機と南海化学、東邦精機の3社は14日、ソラワークス(東京・渋谷)へ出資したことを明らかにした。",
        ("東邦精機", "investsIn", "ソラワークス"),
        "frame.investsIn",
    ),
    (
        # 川田 啓介(ソラキャピタル シニアバイスプレジデント): a caption's space between the company and the post
        "(写真左から)山田 一浩(北斗電機 代表取締役社長)、川田 啓介(南海キャピタルパートナーズ シニアバイスプレジデント)",
        ("川田啓介", "worksFor", "南海キャピタルパートナーズ"),
        "nominal.post_in_parentheses",
    ),
    (
        # a headline's Xに A、B系が出資 (the noun before a space): each one named puts money in (系 is no
        # part of the name)
        "物流DXの北斗電機に南海化学、東邦精機系が出資 8億円を調達",
        ("東邦精機", "investsIn", "北斗電機"),
        "investsIn.headline_stake",
    ),
    (
        # Xは、AやBなどに第三者割当増資を引き受けてもらい: the underwriters invest
        "ベンチャーの北斗電機(高松市)は、南海化学や東邦精機、ソラ物産などに第三者割当増資を引き受けてもらい、5億円"
        "を集めた。",
        ("東邦精機", "investsIn", "北斗電機"),
        "cue.underwriters",
    ),
    (
        # X【7311】は、全額出資子会社のYを介し: the topic's unit past its ticker
        "樹脂を手がける北斗工業【7311】は、全額出資子会社の北斗アジア・パシフィック・ホールディング社(以下「NAP社」)を"
        "介し、ベトナムで塗料を製造する南海ケミカルの株式を取得した。",
        ("北斗アジア・パシフィック・ホールディング", "subsidiaryOf", "北斗工業"),
        "subsidiaryOf.topic_parent",
    ),
    (
        # a headline opening with another's unit, Xの孫会社・Y、…を全株取得: Y is the headline's topic
        "北斗電機の孫会社・南海化学、香川の「ソラ精機」を全株取得 県内の拠点は30カ所に",
        ("南海化学", "acquires", "ソラ精機"),
        "cue.acquires",
    ),
    (
        # a headline's Y、Xが買収: the one taken over first, the buyer with が
        "「葬儀ネット」の南海化学、北斗電機が買収 業界再編へ",
        ("北斗電機", "acquires", "南海化学"),
        "acquires.headline_object_first",
    ),
    (
        # Xの常務執行役員として…を受け持つY: a clause ending in one kana after its verb's kanji
        "新体制で代表取締役社長に就いたのは、北斗電機の常務執行役員として放送本部の番組事業と配信サービスを"
        "受け持つ大野圭介氏だ。",
        ("大野圭介", "worksFor", "北斗電機"),
        "nominal.post_held_as",
    ),
    (
        # Xで役員を務めた経験を持つ、Zの山田氏: the post held at X, the person after the clause
        "来年1月1日付で社長に就くのは、北斗自動車や南海自動車で役員を務めた経験を持つ、ソラファンドの長田浩氏だ。",
        ("長田浩", "worksFor", "南海自動車"),
        "nominal.post_held_at",
    ),
    (
        # ソラリス横川清志社長: a katakana proper noun glued before the chief (GiNZA tags it NOUN, Sudachi 固有名詞)
        "(写真は、ソラリス横川清志社長)",
        ("横川清志", "leads", "ソラリス"),
        "nominal.org_person_glued",
    ),
    (
        # Y(中央区)が持っているX株: the holder, its gloss between
        "東邦HDが手にする株数は、北斗HD傘下の南海製菓(中央区)が持っているソラ食品株とちょうど同じになる。",
        ("南海製菓", "investsIn", "ソラ食品"),
        "investsIn.shares_owned",
    ),
    (
        # a headline's Y、X傘下へ (no の, へ): Y goes under X
        "地方路線の南海化学、北斗電機傘下へ 需要減で経営悪化",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.joins_group",
    ),
    (
        # Xがやはり全額を出資するY: the whole stake, an adverb between
        "統合の対象は、北斗電機が全額を出資する北斗精機(東京都港区)と、南海化学がやはり全額を出資する南海精機"
        "(神戸市)だ。",
        ("南海精機", "subsidiaryOf", "南海化学"),
        "frame.investsIn",
    ),
    (
        # a headline's 北斗電機、…ソラテックを傘下に (the verb left out): the object is taken over
        "北斗電機、カナダの設備会社ソラテックを傘下に 北米での買収を加速",
        ("ソラテック", "subsidiaryOf", "北斗電機"),
        "cue.makes_subsidiary",
    ),
    (
        "北斗電機、カナダの設備会社ソラテックを傘下に 北米での買収を加速",
        ("北斗電機", "acquires", "ソラテック"),
        "cue.takes_over",
    ),
    (
        # a headline's Y、Xの傘下に: Y goes under X
        "山田一郎氏の北斗テクノロジーズ、韓国ソラ・ゲームズの傘下に",
        ("北斗テクノロジーズ", "subsidiaryOf", "ソラ・ゲームズ"),
        "subsidiaryOf.joins_group",
    ),
    (
        # Yの株式のうち、AとBが持つ分を取得: A and B held the part bought
        "南海バス(三重県鳥羽市)の株式のうち、東邦ホールディングスと東邦保険サービスが持つ分を取得する。",
        ("東邦保険サービス", "investsIn", "南海バス"),
        "investsIn.holders_part_bought",
    ),
    (
        # a post held at a company named with で, its head-office gloss between, past a clause about it
        "山田氏は北斗協会の顧問で、鉄道やバスなどの事業を営む南海鉄道(宇都宮市)で会長を務めた経歴を持つ。",
        ("山田", "leads", "南海鉄道"),
        "nominal.post_held_at",
    ),
    (
        # AとBの2社について、…Yに売り渡す: Y takes over both (a clause that describes Y between)
        "北斗電鉄は18日の取締役会で、連結子会社である南海リゾート(長野県松本市、黒沢友三社長)と北斗ホテル"
        "(山梨県甲府市、中山哲夫社長)の2社について、ミナトホテルズグループを構成するソラリンク(横浜市、小林一郎社長)"
        "に売り渡すことを決めた。",
        ("ソラリンク", "acquires", "北斗ホテル"),
        "acquires.sold_to",
    ),
    (
        # 連結子会社であるA(…、山田社長)とB(…): each unit of the list, a chief in its gloss
        "北斗電鉄は18日の取締役会で、連結子会社である南海リゾート(長野県松本市、黒沢友三社長)と北斗ホテル"
        "(山梨県甲府市、中山哲夫社長)の2社について、ミナトホテルズグループを構成するソラリンク(横浜市、小林一郎社長)"
        "に売り渡すことを決めた。",
        ("北斗ホテル", "subsidiaryOf", "北斗電鉄"),
        "subsidiaryOf.topic_parent",
    ),
    (
        # X(…)は1日、全額を出資する中間持ち株会社「Y」を立ち上げた: the whole stake makes Y X's unit
        "北斗電鉄(埼玉県川越市)は1日、全額を出資する中間持ち株会社「北斗群馬ホールディングス」(HD、本社前橋市)を"
        "立ち上げた。",
        ("北斗群馬ホールディングス", "subsidiaryOf", "北斗電鉄"),
        "frame.investsIn",
    ),
    (
        # …をグループ会社に組み入れる: a takeover
        "北斗電機は、人気作を生み出したスウェーデンのソラリオ・エンターテインメントを、ドイツ子会社の北斗ヨーロッパを"
        "通じてグループ会社に組み入れると発表した。",
        ("北斗電機", "acquires", "ソラリオ・エンターテインメント"),
        "cue.takes_over",
    ),
    (
        # ソラ代表取締役の岩田拓也氏: the katakana word before the post is the company, the person after の
        "取締役には、ソラ代表取締役の岩田拓也氏をはじめ、藤井良平氏らが名を連ねる。",
        ("岩田拓也", "leads", "ソラ"),
        "nominal.org_title_no_person",
    ),
    (
        # Xの筆頭株主は、…を営むY(岡山市、持ち株比率18.5%)である: the copula's name, past a clause about it
        "なお、南海化学の筆頭株主は、家具や寝具の製造卸を営む北斗商事(岡山市、持ち株比率18.5%)である。",
        ("北斗商事", "investsIn", "南海化学"),
        "investsIn.shareholder",
    ),
    (
        # Xの全株を持つY: Y holds X whole, X is Y's unit (not the other way round)
        "南海精機の全株を持つ北斗電機は上場した。",
        ("南海精機", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.wholly_owned",
    ),
    (
        # 会長には北斗HDの山田氏が就任し、社長にも…佐藤氏が就く: the second post is the new company's too,
        # past the first person's own company
        "北斗HDと南海化学は統合会社「ソラ&カンパニー」を立ち上げる。新会社の会長には北斗HDの山田一郎会長が"
        "就任し、社長にも同HDの佐藤次郎社長が就きます。",
        ("佐藤次郎", "leads", "ソラ&カンパニー"),
        "nominal.post_of_new_company",
    ),
    (
        # 同HDの佐藤次郎社長: 同HD is the holding company named last
        "北斗HDと南海化学は統合会社「ソラ&カンパニー」を立ち上げる。新会社の会長には北斗HDの山田一郎会長が"
        "就任し、社長にも同HDの佐藤次郎社長が就きます。",
        ("佐藤次郎", "leads", "北斗HD"),
        "nominal.org_person",
    ),
    (
        # 出資の割合はAが51%、Bが30%、Cが19%: those who put money into the company just founded are partners
        "北斗ドコモは、翻訳の合弁会社「ソラ翻訳」を設立する。出資の割合は北斗ドコモが51.0%、"
        "南海システムが30.0%、東邦テックが19.0%。",
        ("南海システム", "partnersWith", "東邦テック"),
        "partnersWith.co_founders",
    ),
    (
        # 米国政府向けに…を提供: a government is a customer too
        "北斗電機は、主に米国政府向けに翻訳サービスを提供してきた。",
        ("北斗電機", "supplies", "米政府"),
        "cue.supplies",
    ),
    (
        # もう1件は北斗電機で、…を買収する: the one a sentence of several cases names acts in the clause after
        "もう1件は北斗電機で、学習塾を運営する南海舎(千葉市)の全株式を、2018年1月4日付で買収する。",
        ("北斗電機", "acquires", "南海舎"),
        "frame.acquires.cleft_focus",
    ),
    (
        # Yと、その子会社であるA、Bの3社: every unit of the counted list is Y's
        "北斗電機は9日、南海ホールディングス(南海HD)と、その子会社である南海化学、ソラ物産の3社とともに、新会社を"
        "つくると発表した。",
        ("ソラ物産", "subsidiaryOf", "南海ホールディングス"),
        "subsidiaryOf.and_its_units_counted",
    ),
    (
        # 全額を出資して「X(仮)」を立ち上げる: the founder who pays holds a stake in what it founds
        "ソラ物産は、連結子会社の南海シンガポールが全額を出資して「北斗ベトナム(仮)」を立ち上げる。",
        ("南海シンガポール", "investsIn", "北斗ベトナム"),
        "investsIn.found_with_money",
    ),
    (
        # …を傘下に収める北斗リテイリング: a retailer's name is a company's
        "南海屋は、大手百貨店の「南海百貨店」などを傘下に収める北斗リテイリングと、経営を統合すると公表した。",
        ("南海百貨店", "subsidiaryOf", "北斗リテイリング"),
        "frame.makes_subsidiary",
    ),
    (
        # 会社、X(…)を10月にも立ち上げる: a company founded with a time and も; the stakes after it are in it
        "北斗電機と南海造船は提携する。提携の第1弾として、商船の設計を担う会社、ソラシップヤード(東京・千代田区)を"
        "10月にも立ち上げる。資本金は1億円で、北斗電機が51%、南海造船が49%を出資する。",
        ("南海造船", "investsIn", "ソラシップヤード"),
        "frame.investsIn",
    ),
    (
        # 社長にはAが、副社長にはBがそれぞれ就任する: both posts are the new company's, the second past the
        # first one's company
        "北斗電機と南海造船は、商船の設計を担う会社、ソラシップヤードを10月にも立ち上げる。社長には南海造船の"
        "取締役である山田一郎氏が、副社長には北斗電機の専務取締役、佐藤次郎氏がそれぞれ就任する。",
        ("佐藤次郎", "worksFor", "ソラシップヤード"),
        "nominal.post_of_new_company",
    ),
    (
        # (3)本社:中国・上海市: an outline line's head office past its country
        "北斗電機は合弁会社を設立した。合弁会社のあらましは次のとおり。\n(1)社名:ソラ汽車部品(上海)有限公司\n"
        "(2)出資比率:北斗電機が50%\n(3)本社:中国・上海市",
        ("ソラ汽車部品(上海)有限公司", "basedIn", "上海"),
        "basedIn.outline_head_office",
    ),
    (
        # Xと、そのグループ会社で下関市に本社があるY: the unit a clause describes after its parent
        "建設協定に署名したのは、大阪に本社を置く北斗鋼業と、そのグループ会社で下関市に本社がある南海ステンレス"
        "鋼業の2社です。",
        ("南海ステンレス鋼業", "subsidiaryOf", "北斗鋼業"),
        "subsidiaryOf.and_its_unit",
    ),
    (
        # 福岡市の老舗百貨店・X: a place, a kind of store, a middle dot, the company
        "福岡市の老舗百貨店・北斗電機は閉店する。",
        ("北斗電機", "basedIn", "福岡市"),
        "basedIn.descriptor",
    ),
    (
        # 南海特殊製鋼 (a steel maker's form) takes a Swedish maker over
        "南海特殊製鋼は、スウェーデンの特殊鋼メーカー、オバコを完全子会社にした。",
        ("南海特殊製鋼", "acquires", "オバコ"),
        "frame.takes_over",
    ),
    (
        # Aが株式を売り、Bが…取得して子会社にする: the subject of the clause joined with て is the cue's, not
        # the first clause's
        "北斗HDはソラ物産と提携した。ソラ物産が株式を売り、北斗HDが南海化学の株式を取得して子会社にする。",
        ("南海化学", "subsidiaryOf", "北斗HD"),
        "frame.makes_subsidiary",
    ),
    (
        # 合弁会社は「X」と名付けられ、出資比率はAが66%、Bが34%となる: the stakes in the company the
        # sentence names
        "北斗電機と南海化学は合弁会社を設立する。新たに立ち上げる合弁会社は「ソラ電池合同会社」と名付けられ、"
        "出資比率は北斗電機が66%、南海化学が34%となる。",
        ("南海化学", "investsIn", "ソラ電池"),
        "investsIn.stakes_after_name",
    ),
    (
        # 「X」(…)が100%出資する形で、「Y」を立ち上げた: a quoted founder with its share
        "「北斗電機」(長野県佐久市、山田一郎社長)が100%出資する形で、運営会社「ソラボトラーズ」を11月末に立ち上げた。",
        ("北斗電機", "investsIn", "ソラボトラーズ"),
        "investsIn.found_with_money",
    ),
    (
        # Yは、Xが株式の76.7%を持つ会社で: the holder of a stake in the topic, said with 会社で
        "ソラ自販は、北斗電機が株式の76.7%を持つ会社で、富山市内で5拠点を営む。",
        ("北斗電機", "investsIn", "ソラ自販"),
        "investsIn.holder_under_topic",
    ),
    (
        # Xの子会社で、東証1部に株式を上場するY: a clause describes the unit between
        "南海化学の子会社で、東証1部に株式を上場する北斗製粉は10日、ソラ製粉所にTOBを行うと発表した。",
        ("北斗製粉", "subsidiaryOf", "南海化学"),
        "subsidiaryOf.parent_first",
    ),
    (
        # (本社 大阪府、…): the head office after a space
        "北斗電機(本社 大阪府、代表取締役社長 山田一郎)は、南海化学を子会社にする。",
        ("北斗電機", "basedIn", "大阪府"),
        "basedIn.paren_location",
    ),
    (
        # (川崎市・山田一郎社長:SDEM): a short name after the colon, whatever it was typed
        "北斗ソラ製造(川崎市・山田一郎社長:SDEM)と提携した。",
        ("山田一郎", "leads", "北斗ソラ製造"),
        "nominal.chief_in_gloss",
    ),
    (
        # ベトナム北部の鉄鋼メーカーSORA株を買い増し: a country with a region before の, in a headline
        "北斗電機、ベトナム北部の鉄鋼メーカーSORA株を買い増しへ 出資比率は65%に",
        ("北斗電機", "investsIn", "SORA"),
        "investsIn.holds_shares",
    ),
    (
        # 山田一郎理事長(66)(南海電機特別顧問): the post in the gloss after the age, ending with 特別顧問
        "北斗協会の山田一郎理事長(66)(南海電機特別顧問)は退いた。",
        ("山田一郎", "worksFor", "南海電機"),
        "nominal.post_in_parentheses",
    ),
    (
        # との間で: the party of what the verb says, as with と (a joint venture founded with)
        "北斗電機は30日、部品メーカーの南海化学との間で、設計を担う合弁会社をタイに設けることで合意した。",
        ("北斗電機", "partnersWith", "南海化学"),
        "frame.partnersWith",
    ),
    (
        # a new company's name given with 名前, its holders' shares written before them
        "北斗電機は合弁会社を設ける。新会社の名前は「ソラサーマル・タイ(仮称)」で、設立は9月の予定だ。"
        "資本金は1億バーツ(約4億円)で、74%を北斗電機、26%を南海化学が出資する。",
        ("南海化学", "investsIn", "ソラサーマル・タイ"),
        "investsIn.stake_list",
    ),
    (
        # a company brought into another's consolidated accounts becomes its subsidiary
        "具体的には、南海化学のソラ物産(山田一郎社長)を北斗電機が連結対象会社に組み入れる。",
        ("ソラ物産", "subsidiaryOf", "北斗電機"),
        "cue.makes_subsidiary",
    ),
    (
        # the second holder's shares are of the company the first clause named
        "北斗電機は3月末にソラ物産の発行済み株式の51%を譲り受け、南海化学は33.4%の株式を引き続き持つ。",
        ("南海化学", "investsIn", "ソラ物産"),
        "investsIn.keeps_rest_of_shares",
    ),
    (
        # people written with their company who take a post, after a sentence about an association
        "北斗協会は総会を開いた。役員を改選した結果、南海化学の山田一郎社長が新しい会長に就いた。",
        ("山田一郎", "leads", "北斗協会"),
        "title.appointed_to_topic",
    ),
    (
        # the association stays the theme over a sentence that marks no topic
        "北斗協会は総会を開いた。任期満了に伴って役員を改選し、新たな顔ぶれが固まった。"
        "副会長には、ソラ工業の佐藤次郎社長が新たに加わった。",
        ("佐藤次郎", "worksFor", "北斗協会"),
        "title.appointed_to_topic",
    ),
    (
        # a holding company that runs the company under it
        "ソラ物産などを傘下で運営する北斗ホールディングスは3日、説明会を開いた。",
        ("ソラ物産", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.holder",
    ),
    (
        # one who moved under a group is its unit
        "北斗HDは昨年、南海キャピタルの傘下に移り、経営を立て直した。",
        ("北斗HD", "subsidiaryOf", "南海キャピタル"),
        "subsidiaryOf.joins_group",
    ),
    (
        # the shares written with 株式 right after the name
        "南海電機は1日付で、北斗HD株式の60%を南海キャピタルに売り渡した。",
        ("南海キャピタル", "investsIn", "北斗HD"),
        "investsIn.stake_passed_to",
    ),
    (
        # the holder a clause describes, past the words that say what it is
        "サイトを開設したのは、北斗電機株を議決権ベースで17%超持つ最大株主で、投資ファンドのソラ・マネジメント"
        "・カンパニーだった。",
        ("ソラ・マネジメント・カンパニー", "investsIn", "北斗電機"),
        "investsIn.holder_described",
    ),
    (
        # a fund is invested in too, and お金を出す says so
        "ソラ未来ファンドには、南海キャピタルのほか、北斗銀行と東邦銀行がお金を出している。",
        ("東邦銀行", "investsIn", "ソラ未来ファンド"),
        "cue.investsIn",
    ),
    (
        # the holder a company's top stake passes to
        "自動車部品大手の北斗ブレーキ工業は19日、筆頭株主が南海自動車から事業再生ファンドのソラ・インダストリアル"
        "(SIS)に代わると公表した。",
        ("ソラ・インダストリアル", "investsIn", "北斗ブレーキ工業"),
        "investsIn.shareholders_moved_to",
    ),
    (
        # a holder whose share rises, in the company the article is about
        "自動車部品大手の北斗ブレーキ工業は19日、決算を公表した。南海キャピタルは株式を普通株式へ転換する。"
        "これによって南海キャピタルの保有割合は50.72%まで高まり、東邦自動車は第2位の株主に下がる。",
        ("南海キャピタル", "investsIn", "北斗ブレーキ工業"),
        "investsIn.ratio_rises_in_main_company",
    ),
    (
        # a company brought in as a subsidiary is taken over
        "部品メーカーの北斗電機(広島県三原市)は、同業の南海化学(同東広島市)を4月1日付で子会社に組み入れた。",
        ("北斗電機", "acquires", "南海化学"),
        "cue.takes_over",
    ),
    (
        # the parent in a gloss that goes on with a place after a slash
        "北斗電機は、連結子会社の㈱南海製作所(北斗電機100%出資子会社/山形県鶴岡市)が新工場を建てると発表した。",
        ("北斗電機", "investsIn", "南海製作所"),
        "subsidiaryOf.parent_in_parentheses.funded",
    ),
    (
        # the buyer written first with に対し, the shares after it
        "北斗電機は、合弁相手である南海来福照明集団が100%出資する子会社、南海来福照明集団滄州に対し、ソラ工業株式の"
        "44.2%を売却する。",
        ("南海来福照明集団滄州", "investsIn", "ソラ工業"),
        "investsIn.stake_passed_to",
    ),
    (
        # the company chosen to be invested in
        "北斗銀行は、10月に立ち上げた「北斗地域活性化ファンド」の初の投資先として、ソラプロジェクト(千葉県鋸南町)を選んだ。",
        ("北斗銀行", "investsIn", "ソラプロジェクト"),
        "investsIn.chosen_investee",
    ),
    (
        # the bidders a target accepts, written with の before 買収受け入れ
        "北斗飲料、南海HDとミナトキャピタルの買収受け入れを決定 TOBで最大500億円超",
        ("ミナトキャピタル", "acquires", "北斗飲料"),
        "acquires.by_agent",
    ),
    (
        # Aを…とし、Bも…組み入れた: B is taken over too, by the topic carried from the sentence before
        "北斗ホールディングスは海外で買収を重ねてきた。"
        "09年には豪州のビール大手「南海ネイサン(現南海)」を完全子会社とし、"
        "ブラジルのビール大手「ソラカリオール(現ブラジル北斗)」も11年に100%子会社に組み入れた。",
        ("ソラカリオール", "subsidiaryOf", "北斗ホールディングス"),
        "frame.makes_subsidiary.also_object",
    ),
    (
        # a post the topic gives someone written with their company's post in a gloss, past another person
        "北斗石油協会は22日の理事会で、山田一郎会長(南海石油会長)が任期を満了して退くのを受け、佐藤次郎副会長"
        "(ソラ石油社長)を新しい会長に据えることを決めた。",
        ("佐藤次郎", "leads", "北斗石油協会"),
        "nominal.post_given_by_topic",
    ),
    (
        # the person, their company and its post glued after the post they join; the association stays the
        # theme over a sentence whose only は ends a post
        "北斗石油協会は22日の理事会で、佐藤次郎副会長(ソラ石油社長)を新しい会長に据えることを決めた。"
        "副会長には新たに木村三郎ミナト興産社長が加わる。一方、鈴木四郎専務理事、高橋五郎常務理事はそれぞれ続投となる。",
        ("高橋五郎", "worksFor", "北斗石油協会"),
        "title.member_of_previous_theme_body",
    ),
    (
        "北斗石油協会は22日の理事会で、佐藤次郎副会長(ソラ石油社長)を新しい会長に据えることを決めた。"
        "副会長には新たに木村三郎ミナト興産社長が加わる。",
        ("木村三郎", "worksFor", "北斗石油協会"),
        "title.appointed_to_topic",
    ),
    (
        # each one's business goes into the one new company they found together
        "北斗電機、ソラ計算機、南海製作所の3社は9月14日、それぞれの携帯電話端末事業を2010年4月にひとつにまとめ、"
        "新会社を立ち上げると発表した。",
        ("ソラ計算機", "partnersWith", "北斗電機"),
        "partnersWith.found_together",
    ),
    (
        # the holder a cleft names
        "ソラ電機の発行済株式のうち約91.4%を持っているのが北斗ホールディングスである。",
        ("北斗ホールディングス", "investsIn", "ソラ電機"),
        "investsIn.holder_cleft",
    ),
    (
        # every person listed after the organisation, each with a title of their own
        "改修を終えた店舗の前に並ぶ北斗商事の(左から)山田一郎専務、松下茂社長、佐藤貴光常務。",
        ("松下茂", "leads", "北斗商事"),
        "nominal.org_people_listed",
    ),
    (
        # a gloss whose items are parted by ‥
        "北斗ホールディングス(以下、北斗HD‥東京都品川区)は4日、子会社の再編を発表した。",
        ("北斗ホールディングス", "basedIn", "品川区"),
        "basedIn.paren_location",
    ),
    (
        # the name a cleft focuses on is the next clause's subject, not the topic before
        "北斗電機は13日、南海工業グループの株式を取得すると決めた。存続させるのは南海工業で、本社を徳島県阿南市に置く。",
        ("南海工業", "basedIn", "阿南市"),
        "frame.based.cleft_focus",
    ),
    (
        # shares passed to several buyers each with its share: the first
        "北斗電機は、100%出資の子会社である北斗クライアントの株式のうち、51%をソラ物産に、5%を日本政策投資銀行に"
        "それぞれ売り渡す。",
        ("ソラ物産", "investsIn", "北斗クライアント"),
        "investsIn.stake_passed_to",
    ),
    (
        # and the others
        "北斗電機は、100%出資の子会社である北斗クライアントの株式のうち、51%をソラ物産に、5%を日本政策投資銀行に"
        "それぞれ売り渡す。",
        ("日本政策投資銀行", "investsIn", "北斗クライアント"),
        "investsIn.stake_passed_to_each",
    ),
    (
        # the head of a unit of the body (its name glued before the post) works for it
        "式典では、山田一郎社長が北斗協会のイベント局長・武田花子氏にパネルを手渡した。",
        ("武田花子", "worksFor", "北斗協会"),
        "nominal.org_person",
    ),
    (
        # the area a relative clause says the next company works from is its, not the topic's
        "北斗ホールディングスと南海進学研究社の2社は10月2日、北海道を地盤に学習塾を運営するソラ進学会ホールディングス"
        "との間で、資本業務提携を結ぶと公表した。",
        ("ソラ進学会ホールディングス", "basedIn", "北海道"),
        "basedIn.base_of",
    ),
    (
        # the gloss's items parted by a middle dot, its short name after a colon
        "合成ゴム「ソラプレン」を製造する北斗ソラ製造(神奈川県川崎市・山川滋社長:HSM)と、ミナトジャパン"
        "(東京都品川区・中井千春社長)の2社に出資してきた。",
        ("山川滋", "leads", "北斗ソラ製造"),
        "nominal.chief_in_gloss",
    ),
    (
        # a gloss of items parted by a slash, the formal name first
        "南海ゼミナール(東京都荒川区)が、2023年10月、ソラ進学グループ(株式会社北斗進学/宮城県仙台市)の傘下に加わった。",
        ("ソラ進学グループ", "basedIn", "仙台市"),
        "basedIn.paren_location",
    ),
    (
        "南海ゼミナール(東京都荒川区)が、2023年10月、ソラ進学グループ(株式会社北斗進学/宮城県仙台市)の傘下に加わった。",
        ("南海ゼミナール", "subsidiaryOf", "ソラ進学グループ"),
        "subsidiaryOf.joins_group",
    ),
    (
        "ソラ工業が、ハム事業から手を引く。連結子会社であるソラハムの全株式を、南海フーズへ売り渡すことを決めた。",
        ("ソラハム", "subsidiaryOf", "ソラ工業"),
        "subsidiaryOf.of_previous_topic",
    ),
    (
        # a 100% subsidiary is paid for in full
        "北斗商事は、南海化学の100%子会社、ソラ双栄(横浜市)の株式33・4%を取得する。",
        ("南海化学", "investsIn", "ソラ双栄"),
        "subsidiaryOf.parent_first.funded",
    ),
    (
        # その社長には: the new company's post, its holder described by a clause
        "北斗製糖と南海製糖は合併し、9月1日に新会社「ソラ製糖」を立ち上げる。その社長には、南海製糖で常務を務める"
        "山田一郎氏(57)が就くことが12日、明らかになった。",
        ("山田一郎", "leads", "ソラ製糖"),
        "nominal.post_of_new_company",
    ),
    (
        # 自身 (itself) after a name is no part of it
        "ソラ工業の株式をすべて持つ北斗HDには南海化学自身も4.72%を出資している。",
        ("南海化学", "investsIn", "北斗HD"),
        "frame.investsIn",
    ),
    (
        # the company whose stock is the theme is what the next sentence's stake list is about
        "ソラ工業は経営陣による買収を実施する。TOBが成立すれば、ソラ工業株は東証プライム市場で上場廃止となる。"
        "非公開化した後の出資比率は北斗キャピタルが6割、創業家が4割となる。",
        ("北斗キャピタル", "investsIn", "ソラ工業"),
        "investsIn.stake_list",
    ),
    (
        "両社の資本提携はこれまで、北斗電機が南海化学の株式7.32%を、逆に南海化学が北斗電機の株式3.18%を持ち合う"
        "形をとってきた。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holds_shares_gapped",
    ),
    (
        "北斗電機は提携を強める。これによって、北斗電機の持ち分は南海化学の発行済み株式の19.36%に達する。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.share_reaches",
    ),
    (
        # how the issue is made, written before its verb
        "北斗電機と南海化学は提携を強めると発表した。南海化学が第三者割当の方式で行う増資を、北斗電機が引き受ける。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.takes_up_issue",
    ),
    (
        "北斗電機と南海化学は、新たに設ける持株会社の名称を「ソラホールディングス」に決めた。経営陣は、最高経営責任者"
        "(CEO)を山田一郎氏が務め、最高財務責任者(CFO)には南海化学副社長の佐藤次郎氏が就く。",
        ("山田一郎", "leads", "ソラホールディングス"),
        "nominal.post_of_new_company",
    ),
    (
        # an exchange named only as where the new company will list is no other company
        "北斗電機と南海化学は、新たに設ける持株会社の名称を「ソラホールディングス」に決めた。東京証券取引所プライム"
        "市場への上場をめざし、本社は東京都品川区に構える。",
        ("ソラホールディングス", "basedIn", "品川区"),
        "basedIn.new_company_head_office",
    ),
    (
        # 同社 further back than three sentences: the one company the text named
        "北斗電機は新工場を建てる。工場は大町市にできる。総額は百億円だ。稼働は20年末を見込む。従業員は百人となる。"
        "会見した同社の山田一郎社長は意欲を見せた。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.org_person",
    ),
    (
        # the gloss opens with the post, posts held together (社長兼CEO), a space before the name
        "株式会社ソラ工業(代表取締役社長兼CEO 山本健太郎、コード番号:4427 東証グロース)は20日、新製品を発表した。",
        ("山本健太郎", "leads", "ソラ工業"),
        "nominal.chief_in_gloss",
    ),
    (
        # a spaced name whose given name's last character Sudachi reads as a suffix (宣 / 人)
        "大阪市に本社を置くミナト精機(代表取締役 川田宣人、東証スタンダード コード番号:2588)は、新工場を建てる。",
        ("川田宣人", "leads", "ミナト精機"),
        "nominal.chief_in_gloss",
    ),
    (
        # 同社 before its unit repeats the parent named so before it, not the exchange of a gloss
        "統合するのは、北斗電機の連結子会社で、大阪市に本社を置くミナト精機(東証スタンダード上場)と、やはり同社の"
        "連結子会社であるソラ工業の2社だ。",
        ("ソラ工業", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.parent_first",
    ),
    (
        "北斗電機は6月、ミナト精機株の81%をソラ工業に売り、事業から撤退した。",
        ("ソラ工業", "investsIn", "ミナト精機"),
        "investsIn.stake_passed_to",
    ),
    (
        # a unit paid for in full, its parent the previous topic
        "北斗電機は電池事業を再編する。一方は全額を出資する子会社の北斗エナジーだ。",
        ("北斗電機", "investsIn", "北斗エナジー"),
        "subsidiaryOf.of_previous_topic.funded",
    ),
    (
        "北斗電機は電池事業を再編する。もう一方は、持分法適用会社(出資比率35%)の南海精工である。",
        ("北斗電機", "investsIn", "南海精工"),
        "investsIn.affiliate_of_previous_topic",
    ),
    (
        "北斗HDは、石川北斗自動車販売と南海精工を経営している。",
        ("石川北斗自動車販売", "subsidiaryOf", "北斗HD"),
        "cue.runs_company",
    ),
    (
        "北斗電機が今年1月に買収を発表したのは、非上場の南海化学(東京・豊島区)である。",
        ("北斗電機", "acquires", "南海化学"),
        "acquires.cleft",
    ),
    (
        # a quoted name with its place in parentheses is the phrase's noun
        "北斗電機は、カフェチェーン「ソラ珈琲館」(東京・渋谷区)を南海HDから買い取っている。",
        ("北斗電機", "acquires", "ソラ珈琲館"),
        "frame.acquires",
    ),
    (
        # all the shares it holds, written after the company they are of
        "北斗光学は、ミナテックについて、保有する株式をすべて南海化学に譲渡する。",
        ("南海化学", "acquires", "ミナテック"),
        "acquires.sold_to",
    ),
    (
        # a holder named by its short name in parentheses after a name no rule found
        "北斗電機、韓国ソラトランと合弁\n\n北斗電機は、合弁会社「株式会社ソラ翻訳」をつくるための合弁契約を結んだ。出資の割合は"
        "北斗電機が51.0%、韓国のSORA INTERNATIONAL(ソラトラン)が30.0%、ミナトレックが19.0%。",
        ("ソラトラン", "investsIn", "ソラ翻訳"),
        "investsIn.stake_list",
    ),
    (
        # holders a clause of holding a stake describes (katakana names found by it)
        "北斗電機は、ミナトルの株式の79%を握るソラテルマンとホシハムに買収を持ちかけた。",
        ("ソラテルマン", "investsIn", "ミナトル"),
        "investsIn.holder_described",
    ),
    (
        # shares bought from a family, with no word of the whole or of control: a stake
        "ソラ・キャピタルは2005年、南海化学の株式を山田一郎氏の一族から買い取り、保有していたこともある。",
        ("ソラ・キャピタル", "investsIn", "南海化学"),
        "frame.acquires.inherited.stake",
    ),
    (
        # the chief in a gloss that ends with the head office's place
        "3社が共同で出資するソラエナジー(SEJ、山田一郎社長、滋賀県栗東市)について、北斗商事と南海自動車が持つ株式を"
        "すべてミナト電池が買い取る。",
        ("山田一郎", "leads", "ソラエナジー"),
        "nominal.chief_in_gloss",
    ),
    (
        # a company founded with its place in parentheses is the new one the stakes after it are in
        "北斗電機と南海化学は、地熱発電事業を担う事業会社「ソラ地熱」(岩手県八幡平市)を共同出資で設立した。資本金1億円の"
        "出資比率は北斗電機が60%、南海化学が40%。",
        ("南海化学", "investsIn", "ソラ地熱"),
        "investsIn.stakes_in_new_company",
    ),
    (
        # quoted products, each after its kind, that a company has as its pillars
        "芳香剤「ソラの香り」や防虫剤「ミナトガード」などを柱とする北斗化学は、増資を引き受けた。",
        ("北斗化学", "develops", "ソラの香り"),
        "develops.brand_before_maker",
    ),
    (
        # a post taken with no organisation written with it: the article's company's (the one its
        # headline opens with, then a comma), also when that company is written before
        "北斗電機、新体制へ\n\n北斗電機の経営トップとして手腕を振るってきた山田一郎氏が急逝したことを受け、28日付で"
        "山田次郎氏(46)が新社長に就いた。",
        ("山田次郎", "leads", "北斗電機"),
        "nominal.post_taken_unsaid",
    ),
    (
        # members each after its own date, past a verb written as an adverb (相次いで); no company was
        # the topic of the sentence before: the article's company takes them over
        "北斗電機はソラ精機を買収する。参入のきっかけは、2021年のミナト工機の買収だった。22年2月に南海工業、23年2月には"
        "イタリアのソラ工業を相次いで傘下に収めた。",
        ("南海工業", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary.main_company",
    ),
    (
        # a department glued to the company's name: the person works there
        "トヨタ自動車広報部の山田花子氏は語った。",
        ("山田花子", "worksFor", "トヨタ自動車"),
        "nominal.org_person",
    ),
    (
        # a が with a comma reaches past the descriptor clause after it to the clauses it joins
        "北斗電機が、PR会社であるソラスタディの全株式を6億円で取得し、傘下に収めた。",
        ("ソラスタディ", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary.inherited.shared_object",
    ),
    (
        "北斗電機は10日、米国で冷凍食品を手がける大手、ソラ・フーズを買収すると発表した。",
        ("ソラ・フーズ", "basedIn", "米国"),
        "basedIn.operator_in",
    ),
    (
        # a majority of the shares bought: the takeover is an investment too
        "北斗電機は19日、南海化学について、発行済み株式の過半数を取得して子会社にしたと発表した。",
        ("北斗電機", "investsIn", "南海化学"),
        "frame.takes_over.inherited.shares_bid",
    ),
    (
        # a part of the shares bought by the topic of the sentence before: a stake, no takeover (the
        # が of the relative clause before the object is that clause's)
        "北斗電機は南海化学と合意した。南海化学とミナト電機が出資するソラ工業の株式を、一部取得する。",
        ("北斗電機", "investsIn", "ソラ工業"),
        "frame.acquires.carried.stake",
    ),
    (
        # a post the topic gives someone is the topic's, whoever's officer they are now
        "北斗電機は、南海化学で専務を務める山田一郎氏を次の社長に充てる人事を発表した。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.post_given_by_topic",
    ),
    (
        # a post filled with no organisation before it: the article's company's (not the present title's)
        "北斗電機は人事を発表した。佐藤次郎社長が退任し、代表取締役社長には社内から山田一郎専務が昇格する。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.post_filled",
    ),
    (
        "北斗電機は人事を発表した。取締役会長には南海化学出身の田中三郎氏を迎える。",
        ("田中三郎", "leads", "北斗電機"),
        "nominal.post_filled",
    ),
    (
        # 子会社の further into the sentence, with no noun glued before it: the previous topic's unit
        "北斗電機は、子会社の株式の8割を売った。発電所の運営支援業務は、引き続き子会社のソラ工業が受け持つ。",
        ("ソラ工業", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.of_previous_topic",
    ),
    (
        # a company marked にとって is what the sentence is about: the next one's unsaid buyer
        "海外の買収は、北斗電機にとって今回が初めてではない。2011年にはベトナムのダイアナを買い取っている。",
        ("北斗電機", "acquires", "ダイアナ"),
        "frame.acquires.carried",
    ),
    (
        # the を-object hung on the verb of reporting belongs to the reported clause
        "[東京 2日 ロイター] - 米投資ファンドのソラ・キャピタルは、北斗電機<9999.T>の株式を"
        "1株3660円で公開買い付け(TOB)すると発表した。買い付けに投じる額は最大でおよそ1517億円にのぼる。",
        ("ソラ・キャピタル", "acquires", "北斗電機"),
        "frame.acquires.inherited",
    ),
    (
        # a katakana deal party is found again elsewhere in the article
        "北斗電機は、ソラドゥを連結子会社にすると発表した。南海コーポレーションが保有するソラドゥ株の譲渡が発端だった。",
        ("南海コーポレーション", "investsIn", "ソラドゥ"),
        "investsIn.shares_owned",
    ),
    (
        "北斗電工は、南海電線の株式を100%持つソラ工業から、その90%分を譲り受ける。",
        ("ソラ工業", "investsIn", "南海電線"),
        "investsIn.holder_described",
    ),
    (
        # a company marked では is what the sentence was about: the next one's bare chief is its
        "南海工業は社長交代を発表した。北斗電機では3月末に、山田一郎前専務が社長の座に就いた。もっとも、経営のかじを握るのが"
        "80歳の佐藤次郎会長兼CEOである構図は変わっていない。",
        ("佐藤次郎", "leads", "北斗電機"),
        "title.previous_theme_company",
    ),
    (
        "北斗楽器製作所の経営トップとしておよそ35年にわたって手腕を振るってきた北斗弘隆氏が急逝した。",
        ("北斗弘隆", "leads", "北斗楽器製作所"),
        "nominal.post_held_as",
    ),
    (
        # posts joined by 兼 before the person name no organisation: the article's company is theirs
        "北斗電機は9日、社長交代を公表した。代表取締役社長兼CEOの伊藤雅彦氏は取締役会長に回る。",
        ("伊藤雅彦", "leads", "北斗電機"),
        "title.main_company",
    ),
    (
        "いまの北斗工業が属しているのは、工具メーカー群の南海ホールディングスだ。",
        ("北斗工業", "subsidiaryOf", "南海ホールディングス"),
        "cue.belongs",
    ),
    (
        "ソラ電機は8日、家庭向け事業について、北斗電機と南海化学が共同で設けた合弁会社「ミナトテクノロジー」への譲渡を"
        "終えたと発表した。",
        ("南海化学", "investsIn", "ミナトテクノロジー"),
        "investsIn.founded_with",
    ),
    (
        # a past time marked は keeps the topic before it for the next sentence
        "南海電機は2月時点で、関東や関西に計242店舗を持つ。かつてはミナトグループの中核を担う企業だったが、バブル崩壊を境に"
        "業績が悪化した。2002年に米流通大手ウォルソンと資本業務提携を締結した。",
        ("南海電機", "partnersWith", "ウォルソン"),
        "frame.partnersWith",
    ),
    (
        # 譲る: hand over, the buyer acquires (not 譲り受ける, which the buyer does)
        "北斗電機は、製造会社の協立ミナトパーツ(埼玉県さいたま市、山田啓喜社長)について、その全株式をソラ電工に譲る。",
        ("ソラ電工", "acquires", "協立ミナトパーツ"),
        "acquires.sold_to",
    ),
    (
        # an object GiNZA hangs on ない (事前の同意がないまま) goes to the verb that takes it
        "北斗電機は工作機械を事業の柱に据えてきた。23年11月には、中堅工作機械メーカーのTAKIXを事前の同意がないまま"
        "TOBで傘下に入れている。",
        ("TAKIX", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary",
    ),
    (
        "北斗電機は、マグネットを製造する合弁会社について、設立の時期を先送りした。合弁の相手は、中国での調達先である"
        "南海磁石股份有限公司で、両社が共同出資する。",
        ("南海磁石股份有限公司", "partnersWith", "北斗電機"),
        "partnersWith.partner_is",
    ),
    (
        "各位\n\n会社名 株式会社ミナトワッツ\n代表者の氏名 代表取締役社長 平岡史生(コード番号:9999)\n"
        "問合せ先 取締役経営企画室長 藤田榮治\n\n株式会社ソラスリーとの経営統合についてのお知らせ",
        ("藤田榮治", "worksFor", "ミナトワッツ"),
        "nominal.profile_contact",
    ),
    (
        "各位\n\n会社名 株式会社ミナトワッツ\n代表者の氏名 代表取締役社長 平岡史生(コード番号:9999)\n"
        "問合せ先 取締役経営企画室長 藤田榮治\n\n株式会社ソラスリーとの経営統合についてのお知らせ",
        ("平岡史生", "leads", "ミナトワッツ"),
        "nominal.profile_chief",
    ),
    (
        # a post taken up with となる
        "北斗電機は今年で創立90周年を迎える。1955年に娘婿の山田滋氏が社長となり、89年に山田弘隆氏がその跡を継いだ。",
        ("山田滋", "leads", "北斗電機"),
        "title.main_company",
    ),
    (
        # a head office whose town is written without its suffix before the block number
        "音楽CDの販売や音楽教室を営む松木屋(本社福井県福井市日之出5丁目、諸治郁子社長)は、事業を譲渡する。",
        ("諸治郁子", "leads", "松木屋"),
        "nominal.chief_in_gloss",
    ),
    (
        # a description, a middle dot, then a katakana name with 社
        "北斗電工は、ドイツの送電事業者・ソラプリオン社から、ケーブルを用いるプロジェクトを受注した。",
        ("北斗電工", "supplies", "ソラプリオン"),
        "frame.orders_won",
    ),
    (
        # a gloss with a full stop inside (its place, then its figures): the parse stays one
        "北斗電機は、金型製造のソラテック(岩手県花巻市。売上高2億300万円、営業利益1200万円)の全株式を取得し子会社化する"
        "ことを決めた。",
        ("北斗電機", "acquires", "ソラテック"),
        "frame.acquires",
    ),
    (
        # a long gloss between the name and its case
        "北斗電機は、不動産賃貸業の南海商事(堺市、売上高11億3000万円、営業利益2億4900万円、純資産9億4800万円)の"
        "全株式を取得し子会社化することを決めた。",
        ("北斗電機", "acquires", "南海商事"),
        "frame.acquires",
    ),
    (
        # a company in focus with も is what the next sentence's unsaid subject is
        "北斗電機が中堅の南海工機を買収するのは3社目になる。他方、業界最大手のソラ機械も8年ぶりとなる買収を打ち出した。"
        "東邦紡績傘下で同業の西山機械(新潟県長岡市)を、10月に子会社にする。",
        ("ソラ機械", "acquires", "西山機械"),
        "frame.takes_over",
    ),
    (
        "運営を担うのは、南海駐車場開発株式会社のタイ法人であるNankai Parking Development(Thailand)が設立した合弁会社だ。",
        ("Nankai Parking Development", "subsidiaryOf", "南海駐車場開発"),
        "subsidiaryOf.parent_first",
    ),
    (
        "南海化学について、北斗電機は11日、5800億円で買収すると発表した。",
        ("北斗電機", "acquires", "南海化学"),
        "acquires.deal_about",
    ),
    (
        "元北斗電機会長・山田一郎被告は起訴内容を否認した。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.org_title_dot_person",
    ),
    (
        "北斗電機が25%を持つ南海化学の株式について、ソラ商事がすべて買い取る。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holder_clause",
    ),
    (
        "南海化学については北斗電機が同31%を持つ筆頭株主だ。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holder_clause",
    ),
    (
        "南海化学株の約64%を保有する北斗電機はTOBに応募しない。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.stake_holder_described",
    ),
    (
        "ソラエアラインズの筆頭株主が投資ファンドのミナトキャピタルから、物流大手の北斗ホールディングスに変わる。",
        ("北斗ホールディングス", "investsIn", "ソラエアラインズ"),
        "investsIn.new_top_holder",
    ),
    (
        "ソラエアラインズは7日、同社の筆頭株主が投資ファンドのミナトキャピタルから、物流大手の北斗ホールディングスに変わると発表した。",
        ("北斗ホールディングス", "investsIn", "ソラエアラインズ"),
        "investsIn.new_top_holder",
    ),
    (
        "若葉商事は紅葉HDに70%を出資して連結子会社とし、残りは青空物産が出資する。",
        ("青空物産", "investsIn", "紅葉HD"),
        "investsIn.rest_of_the_stake",
    ),
    (
        "ソラミチテックは、若葉物産、紅葉化学など国内企業5社からなるコンソーシアムから総額50億円を調達した。",
        ("紅葉化学", "investsIn", "ソラミチテック"),
        "investsIn.backers_made_of",
    ),
    (
        "物流ベンチャーのソラミチテックは新サービスを始めた。"
        "今般の資金調達は、若葉物産(田中一郎社長)、紅葉化学、青空商事を対象に実施した。",
        ("青空商事", "investsIn", "ソラミチテック"),
        "investsIn.round_of_previous_topic",
    ),
    (
        "物流ベンチャーのソラミチテックは新サービスを始めた。シリーズCにおける資金調達の引受先は、若葉物産、紅葉化学、青空商事の3社。",
        ("紅葉化学", "investsIn", "ソラミチテック"),
        "investsIn.round_of_previous_topic",
    ),
    (
        "北斗鉄道は現在、南浜電鉄の60%超の株式を保有している。",
        ("北斗鉄道", "investsIn", "南浜電鉄"),
        "investsIn.holds_shares",
    ),
    (
        "北斗鉄道は株式交換により、南浜電鉄を北斗鉄道の完全子会社とすることを発表した。",
        ("南浜電鉄", "subsidiaryOf", "北斗鉄道"),
        "subsidiaryOf.made_child_of",
    ),
    (
        "東邦製菓は東邦ホールディングスの完全子会社となる。",
        ("東邦製菓", "subsidiaryOf", "東邦ホールディングス"),
        "subsidiaryOf.is_child_of",
    ),
    (
        "北斗電機は4月、大和田化成を連結子会社とした。",
        ("大和田化成", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.brought_under",
    ),
    (
        "南海化学(本社・堺市)と東邦精工(同・名古屋市)は業務提携を結んだ。",
        ("東邦精工", "basedIn", "名古屋市"),
        "basedIn.paren_location",
    ),
    (
        "西都大学(京都府宇治市 学長:藤井真紀)は協定を締結した。",
        ("藤井真紀", "leads", "西都大学"),
        "nominal.chief_in_gloss",
    ),
    (
        "東邦精工株式会社(本社:名古屋市、代表取締役社長:佐々木亮)は、北斗電機と業務提携した。",
        ("佐々木亮", "leads", "東邦精工"),
        "nominal.chief_in_gloss",
    ),
    (
        "南海ホールディングス傘下で蓄電池を手がける南海エナジーは、新工場を建てる。",
        ("南海エナジー", "subsidiaryOf", "南海ホールディングス"),
        "subsidiaryOf.parent_first_clause",
    ),
    (
        "北斗航空は南洋エアラインの要請に対し、第三者割当増資に応じることを決めた。",
        ("北斗航空", "investsIn", "南洋エアライン"),
        "investsIn.takes_up_issue",
    ),
    (
        "南海ロジテック(東京・港区)は倉庫業を手掛ける。",
        ("南海ロジテック", "basedIn", "港区"),
        "basedIn.paren_location",
    ),
    (
        "東邦製菓の持株比率は南海汽船51%、北斗航空49%となる。",
        ("北斗航空", "investsIn", "東邦製菓"),
        "investsIn.shareholders_listed",
    ),
    (
        "北辰フーズは、仏菓子大手「メゾン・ルブラン」を買収した。",
        ("メゾン・ルブラン", "basedIn", "フランス"),
        "basedIn.prefix",
    ),
    (
        "ミナトエナジーへの出資比率は南海物産が60%、東都商事が40%になる。",
        ("東都商事", "investsIn", "ミナトエナジー"),
        "investsIn.shareholders_listed",
    ),
    (
        "北斗電機、南海化学などの米国のハイテク大手は反発した。",
        ("北斗電機", "basedIn", "米国"),
        "basedIn.such_as",
    ),
    (
        "ホシロボは12億円を調達した。このラウンドのリード投資家は東邦キャピタルで、南海ベンチャーズと北斗電機が参加した。",
        ("東邦キャピタル", "investsIn", "ホシロボ"),
        "investsIn.round_of_previous_topic",
    ),
    (
        "ホシロボは12億円を調達した。このラウンドのリード投資家は東邦キャピタルで、南海ベンチャーズと北斗電機が参加した。",
        ("北斗電機", "investsIn", "ホシロボ"),
        "investsIn.round_participants",
    ),
    (
        "ホシロボは12億円を調達した。今回の資金調達には、南海ベンチャーズと北斗電機が参加した。",
        ("南海ベンチャーズ", "investsIn", "ホシロボ"),
        "investsIn.round_participants",
    ),
    (
        "ホシロボは12億円を調達した。今回の調達は増資で実施し、東邦キャピタルが5億円、田中一郎氏が3億円を"
        "出資したほか、南海ベンチャーズ、北斗電機が参加。",
        ("北斗電機", "investsIn", "ホシロボ"),
        "investsIn.round_participants",
    ),
    (
        "ホシロボは12億円を調達した。今回の調達は増資で実施し、東邦キャピタルが5億円を出資したほか、"
        "南海ベンチャーズ、北斗電機、XYZが参加。",
        ("北斗電機", "investsIn", "ホシロボ"),
        "investsIn.round_participants",
    ),
    (
        "ホシロボ株式会社は12億円を調達した。北斗銀行や南海化学工業といった国内企業も同ラウンドに参加する。",
        ("北斗銀行", "investsIn", "ホシロボ"),
        "investsIn.round_participants",
    ),
    (
        "ミナト物産は、北斗電機と南海化学の合弁会社だ。",
        ("北斗電機", "investsIn", "ミナト物産"),
        "investsIn.joint_venture_of",
    ),
    (
        "ミナト物産はタイに現地法人「ミナトタイランド」を設立した。",
        ("ミナトタイランド", "subsidiaryOf", "ミナト物産"),
        "subsidiaryOf.sets_up_local",
    ),
    (
        "ミナト物産は欧州法人「ミナトヨーロッパ」を設立した。",
        ("ミナトヨーロッパ", "subsidiaryOf", "ミナト物産"),
        "subsidiaryOf.sets_up_local",
    ),
    (
        "ミナト物産の第3位の株主に北斗電機が浮上した。",
        ("北斗電機", "investsIn", "ミナト物産"),
        "investsIn.shareholder",
    ),
    (
        "南海化学(東証:4999)傘下の南海ベンチャーズは出資した。",
        ("南海ベンチャーズ", "subsidiaryOf", "南海化学"),
        "subsidiaryOf.parent_first",
    ),
    ("岸本首相と米ミナト社のスミスCEOの会談は30分に及んだ。", ("岸本", "meets", "スミス"), "meets.pair_noun"),
    ("山田太郎社長と佐藤花子CEOによる会談が開かれた。", ("山田太郎", "meets", "佐藤花子"), "meets.pair_noun"),
    ("北斗電機は南海化学の親会社だ。", ("南海化学", "subsidiaryOf", "北斗電機"), "subsidiaryOf.is_parent_of"),
    (
        "3月に北辰工業(高岡市)を東邦精工が、6月に朝霧製菓を南海化学が、それぞれ子会社化した。",
        ("朝霧製菓", "subsidiaryOf", "南海化学"),
        "subsidiaryOf.each_made_child",
    ),
    (
        "新設する共同持ち株会社「ほくりくフィナンシャルグループ」の傘下に北陸第一銀行と能登銀行が入る。",
        ("能登銀行", "subsidiaryOf", "ほくりくフィナンシャルグループ"),
        "subsidiaryOf.enters_under",
    ),
    (
        "東雲化成は南央自動車と、電池材料を供給することで合意した。",
        ("東雲化成", "supplies", "南央自動車"),
        "supplies.agreed_to_supply",
    ),
    (
        "東雲物産と西海商事は、東雲物産を完全親会社、西海商事を完全子会社とする株式交換を行う。",
        ("西海商事", "subsidiaryOf", "東雲物産"),
        "subsidiaryOf.share_exchange",
    ),
    (
        "白鷺商会は、青浜物流を完全子会社、白鷺商会を完全親会社とする株式交換を実施する。",
        ("青浜物流", "subsidiaryOf", "白鷺商会"),
        "subsidiaryOf.share_exchange",
    ),
    (
        "東雲物産と西海商事は、東雲物産を完全親会社、西海商事を完全子会社とする株式交換を行う。",
        ("東雲物産", "acquires", "西海商事"),
        "acquires.share_exchange",
    ),
    (
        "南海化学は北斗電機の持ち分法適用会社となった。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.is_investee_of",
    ),
    ("北斗電機は南海化学の関連会社だ。", ("南海化学", "investsIn", "北斗電機"), "investsIn.is_investee_of"),
    (
        "北斗電機は南海化学を持ち分法適用会社にした。",
        ("北斗電機", "investsIn", "南海化学"),
        "cue.makes_affiliate",
    ),
    ("北斗電機は南海化学を関連会社化する。", ("北斗電機", "investsIn", "南海化学"), "cue.makes_affiliate"),
    (
        "北斗電機が全株式を保有する南海化学は反対した。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.wholly_owned",
    ),
    (
        "東邦自動車の第2位株主である北斗電機は反対した。",
        ("北斗電機", "investsIn", "東邦自動車"),
        "investsIn.shareholder",
    ),
    (
        "ミナト・ロボティクス(北斗電機出資)は発表した。",
        ("北斗電機", "investsIn", "ミナト・ロボティクス"),
        "investsIn.investor_in_parentheses",
    ),
    (
        "露光装置で世界最大手のオランダの北斗精機は出荷できなくなる。",
        ("北斗精機", "develops", "露光装置"),
        "develops.leader_in",
    ),
    (
        "ミナト銀行は3日、北斗証券と資本業務提携すると発表した。北斗証券の発行済み株式の5%を取得する。",
        ("ミナト銀行", "investsIn", "北斗証券"),
        "investsIn.stake_of_previous_topic",
    ),
    (
        "南海化学は、北斗電機向けに電池を供給する。",
        ("南海化学", "supplies", "北斗電機"),
        "cue.supplies.clause",
    ),
    (
        "北斗電機の最大のライバルは南海化学だ。",
        ("北斗電機", "competesWith", "南海化学"),
        "competesWith.rival_is",
    ),
    (
        "北斗電機と南海化学はライバル関係にある。",
        ("北斗電機", "competesWith", "南海化学"),
        "competesWith.rival_is",
    ),
    (
        "北斗電機は、南海化学などの競合他社に比べて出遅れている。",
        ("北斗電機", "competesWith", "南海化学"),
        "competesWith.rival_is",
    ),
    (
        "退任を決めたのは、「北斗電機」の山田一郎社長だ。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.org_person",
    ),
    (
        "宇宙船は米ミナト社製の「ホシドラゴン」だった。",
        ("ミナト", "develops", "ホシドラゴン"),
        "develops.made_by",
    ),
    (
        "北斗製菓は、ロングセラー菓子「ホシガム」などで知られる。",
        ("北斗製菓", "develops", "ホシガム"),
        "develops.known_for",
    ),
    (
        "南海エナジーはロシアの国営ガス会社だ。",
        ("南海エナジー", "basedIn", "ロシア"),
        "basedIn.is_company_of",
    ),
    (
        "北斗電機は米テキサス州に拠点を持つ。",
        ("北斗電機", "basedIn", "テキサス州"),
        "basedIn.headquarters_verb",
    ),
    (
        "北斗電機は新会社「南海ロボティクス」を設立した。",
        ("南海ロボティクス", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.founded_alone",
    ),
    (
        "北斗電機と東都商事は新会社「南海ロボティクス」を設立した。",
        ("東都商事", "investsIn", "南海ロボティクス"),
        "investsIn.new_company_founders",
    ),
    (
        "北斗電機は東都商事と共同で新会社「南海ロボティクス」を設立した。",
        ("東都商事", "investsIn", "南海ロボティクス"),
        "investsIn.new_company_partner",
    ),
    (
        "北斗電機が全額出資する南海ロボティクスは新製品を出した。",
        ("南海ロボティクス", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.wholly_owned",
    ),
    (
        "北斗電機は、米国の子会社である南海ロボティクスを売却する。",
        ("南海ロボティクス", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.topic_parent",
    ),
    (
        "南海ロボティクスの株式は北斗電機が50%、東都商事が30%を保有している。",
        ("北斗電機", "investsIn", "南海ロボティクス"),
        "investsIn.holders_listed",
    ),
    (
        "北斗電機の持ち分法適用会社である南海ロボティクスは増益だった。",
        ("北斗電機", "investsIn", "南海ロボティクス"),
        "investsIn.investee",
    ),
    (
        "北斗電機は、出資先の南海ロボティクスと提携した。",
        ("北斗電機", "investsIn", "南海ロボティクス"),
        "investsIn.investee_of_topic",
    ),
    (
        "北斗電機と南海化学は新会社「ソラテック」を設立した。出資比率は北斗電機が90%、南海化学が10%を占める。",
        ("南海化学", "investsIn", "ソラテック"),
        "investsIn.stakes_in_new_company",
    ),
    (
        "北斗電機の社長で、南海化学の会長も兼ねる山田太郎氏が語った。",
        ("山田太郎", "leads", "北斗電機"),
        "nominal.first_of_two_posts",
    ),
    (
        "ミナトLNG社の株主構成は、センプラ社50%、南海物産30%、東都商事20%となる。",
        ("センプラ", "investsIn", "ミナトLNG"),
        "investsIn.shareholders_listed",
    ),
    (
        "ミナトLNG社の株主構成は、センプラ社50%、南海物産30%、東都商事20%となる。",
        ("南海物産", "investsIn", "ミナトLNG"),
        "investsIn.shareholders_listed",
    ),
    (
        "北斗銀行は29日、インドネシアの大手銀行バンクミナトに約4200億円を追加出資し、子会社化したと発表した。",
        ("北斗銀行", "acquires", "バンクミナト"),
        "acquires.stake_then_control",
    ),
    (
        "北斗フィナンシャル・グループ(FG)傘下の北斗銀行は29日、発表した。",
        ("北斗銀行", "subsidiaryOf", "北斗フィナンシャル・グループ"),
        "subsidiaryOf.parent_first",
    ),
    (
        "北斗製薬が買収を発表したのは、米国のバイオ企業の「ミナトバイオ」だ。",
        ("北斗製薬", "acquires", "ミナトバイオ"),
        "acquires.cleft",
    ),
    (
        "北斗電機が出資を決めたのは、南海化学だった。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.cleft",
    ),
    (
        "北斗電機が提携したのは、名古屋市の南海化学だった。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.cleft",
    ),
    (
        "北斗製薬は自社で開発した治療薬「ホシノール」を販売する。",
        ("北斗製薬", "develops", "ホシノール"),
        "frame.develops.inherited.relative",
    ),
    (
        "北斗製薬は南海化学と共同開発したがん治療薬「ホシノール」を販売する。",
        ("南海化学", "develops", "ホシノール"),
        "frame.develops.inherited.relative",
    ),
    (
        "北斗電機(東京)と、競合の南海化学による経営統合の協議が始まった。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.pair_noun",
    ),
    (
        "経済産業省は、北斗電機と南海化学の共同申請を採択した。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.pair_noun",
    ),
    (
        "北斗電機と、南海化学の物流・販売に関する提携契約の調印式が開かれた。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.pair_noun",
    ),
    (
        "北斗電機研究所(中国)の山田太郎所長が就任する。",
        ("山田太郎", "leads", "北斗電機研究所"),
        "nominal.org_person",
    ),
    (
        "トヨタ自動車の佐藤恒治社長は記者会見で新型車を発表した。",
        ("佐藤恒治", "leads", "トヨタ自動車"),
        "nominal.org_person",
    ),
    (
        "米国のシンクタンク、ブルッキングス研究所のジョン・スミス氏は懸念を示した。",
        ("ジョン・スミス", "worksFor", "ブルッキングス研究所"),
        "nominal.org_person",
    ),
    (
        "米国のシンクタンク、ブルッキングス研究所のジョン・スミス氏は懸念を示した。",
        ("ブルッキングス研究所", "basedIn", "米国"),
        "basedIn.descriptor",
    ),
    (
        "ソフトバンクグループ社長の宮川潤一氏が登壇した。",
        ("宮川潤一", "leads", "ソフトバンクグループ"),
        "nominal.org_title_no_person",
    ),
    (
        "山田花子氏は昨年、パナソニックホールディングスの社長に就任した。",
        ("山田花子", "leads", "パナソニックホールディングス"),
        "nominal.person_is_title_of_org",
    ),
    (
        "韓国サムスン電子は全固体電池を開発したと発表した。",
        ("サムスン電子", "basedIn", "韓国"),
        "basedIn.prefix",
    ),
    (
        "韓国サムスン電子は全固体電池を開発したと発表した。",
        ("サムスン電子", "develops", "全固体電池"),
        "cue.develops.clause",
    ),
    (
        "ホンダは日産自動車と提携し、新会社を設立した。",
        ("ホンダ", "partnersWith", "日産自動車"),
        "cue.partnersWith.clause",
    ),
    (
        "経済産業省はラピダスに約5900億円を出資すると発表した。",
        ("経済産業省", "investsIn", "ラピダス"),
        "cue.investsIn.clause",
    ),
    (
        "KDDIは楽天モバイルにネットワーク設備を供給する。",
        ("KDDI", "supplies", "楽天モバイル"),
        "cue.supplies.clause",
    ),
    (
        "パナソニックはテスラと競合する中国のCATLに対抗する。",
        ("寧徳時代新能源科技", "competesWith", "テスラ"),
        "cue.competesWith",
    ),
    (
        "パナソニックはテスラと競合する中国のCATLに対抗する。",
        ("寧徳時代新能源科技", "basedIn", "中国"),
        "basedIn.possessive",
    ),
    (
        "「ジェミニ」を手がける米グーグルは新モデルを公開した。",
        ("グーグル", "develops", "ジェミニ"),
        "cue.develops",
    ),
    (
        "日立製作所傘下の日立エナジーは送電網の新技術を公開した。",
        ("日立エナジー", "subsidiaryOf", "日立製作所"),
        "subsidiaryOf.parent_first",
    ),
    (
        "楽天モバイルは楽天グループの子会社だ。",
        ("楽天モバイル", "subsidiaryOf", "楽天グループ"),
        "subsidiaryOf.is_child_of",
    ),
    (
        "ファイザーは米バイオ企業シージェンを買収した。",
        ("ファイザー", "acquires", "シージェン"),
        "cue.acquires.clause",
    ),
    ("石破茂首相はソウルで尹錫悦大統領と会談した。", ("石破茂", "meets", "尹錫悦"), "cue.meets.clause"),
    (
        "米商務省はファーウェイへの輸出を禁止した。",
        ("米商務省", "restricts", "華為技術"),
        "cue.restricts.clause",
    ),
    (
        "ドイツ銀行はミストラルAIを支援している。",
        ("ドイツ銀行", "supports", "ミストラルAI"),
        "cue.supports.clause",
    ),
    (
        "アマゾン・ドット・コムの事業所があるシアトルでは雇用が増えた。",
        ("アマゾン・ドット・コム", "basedIn", "シアトル"),
        "basedIn.office_in",
    ),
    ("任天堂は京都市に本社を置く。", ("任天堂", "basedIn", "京都市"), "basedIn.headquarters_verb"),
    ("スウェーデンはNATOに加盟した。", ("スウェーデン", "partOf", "北大西洋条約機構"), "partOf.member"),
    (
        "ジョン・スミス氏が率いる米ノースゲートは上場した。",
        ("ジョン・スミス", "leads", "ノースゲート"),
        "leads.led_by",
    ),
    ("北斗電機の開発部門を率いる田村浩二氏は語った。", ("田村浩二", "leads", "北斗電機"), "leads.leading"),
    (
        "ミドリ証券は、親会社の北斗ホールディングスと協議した。",
        ("ミドリ証券", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.parent_named",
    ),
    (
        "北斗ホールディングスは、傘下のミドリ証券を通じて株式を取得する。",
        ("ミドリ証券", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.topic_parent",
    ),
    (
        "北斗電機は米国の子会社ミナトUSの株式の過半を保有している。",
        ("ミナトUS", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.topic_parent",
    ),
    (
        # a line of business before the quoted name
        "南海重工は、子会社の産業機械メーカー「白浜精機」の株式を一部手放す。",
        ("白浜精機", "subsidiaryOf", "南海重工"),
        "subsidiaryOf.topic_parent",
    ),
    (
        "北斗電機は鉄道の点検にAIを導入しており、グループ会社の北斗システムズが導入を担う。",
        ("北斗システムズ", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.topic_parent",
    ),
    (
        "ミナト・ニュークリアは南海電力の子会社で、北斗重工は2018年からミナト・ニュークリアに約20%出資している。",
        ("ミナト・ニュークリア", "subsidiaryOf", "南海電力"),
        "subsidiaryOf.is_child_of",
    ),
    (
        "北斗電機と南海化学の合弁会社が工場を建てる。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.joint_venture",
    ),
    (
        "北斗電機は南海化学株の約15%を保有している。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holds_shares",
    ),
    (
        "南海化学は北斗電機の出資を受けている。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.receives_investment",
    ),
    ("ミュンヘンを拠点とする南海化学は増資した。", ("南海化学", "basedIn", "ミュンヘン"), "basedIn.base_of"),
    ("南海化学など中国企業は反発した。", ("南海化学", "basedIn", "中国"), "basedIn.such_as"),
    ("トランプ米大統領は演説した。", ("ドナルド・トランプ", "leads", "米国"), "title.state_prefix"),
    ("山田花子北斗電機社長は会見した。", ("山田花子", "leads", "北斗電機"), "nominal.person_org_title"),
    ("北斗電機による南海化学の買収が完了した。", ("北斗電機", "acquires", "南海化学"), "acquires.by_agent"),
    ("北斗電機による南海化学へのTOBが始まった。", ("北斗電機", "acquires", "南海化学"), "acquires.by_agent"),
    # a tender offer for a company is written with への
    (
        "南海重工は白浜精機へのTOBが成立したと発表した。",
        ("南海重工", "acquires", "白浜精機"),
        "frame.acquires.inherited",
    ),
    ("北斗電機は南海化学から電池を調達する。", ("南海化学", "supplies", "北斗電機"), "cue.procures.clause"),
    (
        "北斗電機は保有する南海化学株の一部を売却する。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.shares_owned",
    ),
    (
        "ホシロボは12億円を調達した。今回のラウンドは北斗キャピタルがリードし、ミナト銀行なども参加した。",
        ("北斗キャピタル", "investsIn", "ホシロボ"),
        "investsIn.round_of_previous_topic",
    ),
    (
        "北斗工業への出資者には北斗電機やミナト銀行が名を連ねる。",
        ("ミナト銀行", "investsIn", "北斗工業"),
        "investsIn.listed_shareholders",
    ),
    (
        "南海化学(北斗電機傘下)は増益だった。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.parent_in_parentheses",
    ),
    ("名古屋市の北斗電機は増益だった。", ("北斗電機", "basedIn", "名古屋市"), "basedIn.place_of"),
    (
        "北斗電機と南海化学の共同出資会社ミナトテックは増益だった。",
        ("南海化学", "investsIn", "ミナトテック"),
        "investsIn.joint_venture_of",
    ),
    (
        "北斗電機と南海化学の共同出資会社ミナトテックは増益だった。",
        ("北斗電機", "investsIn", "ミナトテック"),
        "investsIn.joint_venture_of_first",
    ),
    (
        "北斗商事は菓子専業卸「ミナト屋」を通じて流通を担う。",
        ("ミナト屋", "subsidiaryOf", "北斗商事"),
        "subsidiaryOf.acts_through",
    ),
    (
        # a place between the partner and the joint venture
        "東邦精機は、白浜重工とタイに合弁会社を設立することで合意した。",
        ("東邦精機", "partnersWith", "白浜重工"),
        "partnersWith.founded_with",
    ),
    (
        # three companies that found one new company: every two are partners
        "東邦精機、白浜重工、南星造船の3社は、新会社を設立すると発表した。",
        ("白浜重工", "partnersWith", "南星造船"),
        "partnersWith.found_together",
    ),
    (
        "北斗電機は26日、新会社を南海化学などと設立すると発表した。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.founded_with",
    ),
    ("山田太郎氏が北斗電機社長に就任した。", ("山田太郎", "leads", "北斗電機"), "nominal.appointed_to_post"),
    (
        "北斗電機社長に就任した山田太郎氏は語った。",
        ("山田太郎", "leads", "北斗電機"),
        "nominal.appointed_to_post",
    ),
    # money raised from someone is their investment, not a purchase (cue option money: only / never)
    (
        "北斗電機は南海化学やソラ化成から計50億円を調達した。",
        ("南海化学", "investsIn", "北斗電機"),
        "frame.raises",
    ),
    (
        "米商務省は南海化学など中国企業を、「エンティティー・リスト」に加えた。",
        ("米商務省", "restricts", "南海化学"),
        "restricts.listed",
    ),
    (
        "北斗電機のライバルである南海化学は増産する。",
        ("北斗電機", "competesWith", "南海化学"),
        "competesWith.rival",
    ),
    (
        "政府は半導体大手のラピダスに追加で9000億円を支援する。",
        ("日本政府", "supports", "ラピダス"),
        "cue.supports",
    ),
    (
        "ホンダと日産自動車は経営統合に向けた協議を始めた。",
        ("ホンダ", "partnersWith", "日産自動車"),
        "cue.partnersWith",
    ),
    (
        "東芝は日本産業パートナーズ(JIP)などの連合に買収された。",
        ("日本産業パートナーズ", "acquires", "東芝"),
        "cue.acquires.passive",
    ),
    (
        "英アーム・ホールディングスの株式の約9割をソフトバンクグループが保有している。",
        ("ソフトバンクグループ", "investsIn", "アーム・ホールディングス"),
        "investsIn.shares_held_by",
    ),
    (
        "米インテルは、台湾積体電路製造(TSMC)に先端半導体の生産を委託した。",
        ("台湾積体電路製造", "supplies", "インテル"),
        "cue.outsources",
    ),
    (
        "イーロン・マスク氏が最高経営責任者(CEO)を務める米テスラは値下げした。",
        ("イーロン・マスク", "leads", "テスラ"),
        "nominal.serves_as",
    ),
    ("金融庁は、ミライ証券に業務改善命令を出した。", ("金融庁", "restricts", "ミライ証券"), "cue.restricts"),
    (
        "アストラゼネカは、第一三共が開発した抗がん剤「エンハーツ」を販売している。",
        ("第一三共", "develops", "エンハーツ"),
        "cue.develops.relative",
    ),
    (
        "米グーグルの親会社アルファベットは投資を拡大する。",
        ("グーグル", "subsidiaryOf", "アルファベット"),
        "subsidiaryOf.parent_named",
    ),
    (
        "ソニーグループは計画を発表した。半導体子会社のソニーセミコンダクタソリューションズに投じる。",
        ("ソニーセミコンダクタソリューションズ", "subsidiaryOf", "ソニーグループ"),
        "subsidiaryOf.of_previous_topic",
    ),
    (
        "中国の通信機器大手、中興通訊(ZTE)は、米国の制裁を受けた。",
        ("米国", "restricts", "中興通訊"),
        "cue.restricts.owner",
    ),
    ("経済産業省は、ラピダスへの追加支援を決めた。", ("経済産業省", "supports", "ラピダス"), "cue.supports"),
    (
        "北斗銀行と南海銀行は、4月に持ち株会社「ミライフィナンシャルグループ」を設立し、経営統合する。",
        ("南海銀行", "subsidiaryOf", "ミライフィナンシャルグループ"),
        "subsidiaryOf.joint_holding_company",
    ),
    (
        "南海化学は北斗電機を完全子会社化した。",
        ("北斗電機", "subsidiaryOf", "南海化学"),
        "subsidiaryOf.brought_under",
    ),
    ("北斗電機の新型電池「ソラ」は好調だ。", ("北斗電機", "develops", "ソラ"), "develops.possessive_named"),
    ("北斗電機製のAIチップを使う。", ("北斗電機", "develops", "AIチップ"), "develops.made_by"),
    (
        "欧州連合(EU)の執行機関である欧州委員会は声明を出した。",
        ("欧州委員会", "partOf", "欧州連合"),
        "partOf.body_of",
    ),
    ("北斗電機は生成AIを業務に活用している。", ("北斗電機", "uses", "生成AI"), "cue.uses"),
    ("山田一郎氏は1983年に北斗電機に入社した。", ("山田一郎", "worksFor", "北斗電機"), "frame.joins"),
    (
        "北斗電機と南海化学は、新会社を設立する。新会社はソラ北斗で、本社を東京都に置く。",
        ("ソラ北斗", "basedIn", "東京"),
        "basedIn.new_company_named",
    ),
    (
        "ミナトフーズは、鹿児島県の北斗化学が、パートナー企業の株式会社南海産商および東西電機株式会社と共同出資で設立。",
        ("北斗化学", "investsIn", "ミナトフーズ"),
        "investsIn.founded_jointly_by",
    ),
    (
        "ミナトフーズは、鹿児島県の北斗化学が、パートナー企業の株式会社南海産商および東西電機株式会社と共同出資で設立。",
        ("南海産商", "investsIn", "ミナトフーズ"),
        "investsIn.founded_jointly_with",
    ),
    (
        "北斗電機は部品メーカーで、主要取引先は南海自動車、東西重工など。",
        ("北斗電機", "supplies", "南海自動車"),
        "supplies.customers_listed",
    ),
    (
        "北斗電機は20日、社長が交代すると発表した。新社長は、米国法人副社長の山田一郎氏。",
        ("山田一郎", "leads", "北斗電機"),
        "leads.new_chief_named",
    ),
    (
        "北斗林業(東京都港区)は、南海資材(大阪市)と東西電機(仙台市)との3社による共同出資会社"
        "「ミナトの杜(みなとのもり)」を通じて物流拠点を設ける。",
        ("北斗林業", "investsIn", "ミナトの杜"),
        "investsIn.joint_venture_of_topic",
    ),
    (
        "北斗製菓は、米を作るミナトライスファームを設立した。資本金100万円、北斗製菓の出資比率は20%。",
        ("北斗製菓", "investsIn", "ミナトライスファーム"),
        "investsIn.own_stake_in_new_company",
    ),
    (
        "現在は秋田県の「北斗トキワ鉄道」で社長を務めている。",
        ("北斗トキワ鉄道", "basedIn", "秋田県"),
        "basedIn.prefecture_possessive",
    ),
    (
        "東西化学(トウカ)とその連結子会社の南浜化学(静岡市)は、町と連携協定を結んだ。",
        ("南浜化学", "subsidiaryOf", "東西化学"),
        "subsidiaryOf.and_its_unit",
    ),
    (
        "インドのラジブ・クマール首相は演説した。",
        ("ラジブ・クマール", "leads", "インド"),
        "nominal.org_person",
    ),
    # --- patterns added for published news ---------------------------------------------------
    ("北斗電機の本社は名古屋市にある。", ("北斗電機", "basedIn", "名古屋市"), "basedIn.head_office_is"),
    (
        "北斗電機は、南海化学が実施する第三者割当増資を引き受ける。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.takes_up_issue",
    ),
    (
        "南海化学の株主には北斗電機や東都商事が名を連ねる。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.listed_shareholders",
    ),
    (
        "北斗電機は南海化学の株式を公開買い付けで取得する。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holds_shares",
    ),
    (
        "北斗電機は、本社を大阪市から名古屋市に移す。",
        ("北斗電機", "basedIn", "名古屋市"),
        "basedIn.head_office_is",
    ),
    ("北斗電機は熊本県菊陽町に新工場を建てる。", ("北斗電機", "basedIn", "菊陽町"), "cue.plant_site"),
    ("北斗電機(米テキサス州)は上場した。", ("北斗電機", "basedIn", "テキサス州"), "basedIn.paren_location"),
    ("名古屋市を地盤とする北斗電機は増収だった。", ("北斗電機", "basedIn", "名古屋市"), "basedIn.base_of"),
    (
        "北斗電機や南海化学などの出資で生まれたミナトフーズは上場した。",
        ("北斗電機", "investsIn", "ミナトフーズ"),
        "investsIn.founded_with",
    ),
    (
        "ミナトネット株式会社は1986年、北斗電機と南海化学の共同出資で設立された。",
        ("北斗電機", "investsIn", "ミナトネット"),
        "investsIn.founded_with",
    ),
    (
        "南海化学株を持つ北斗電機と東都商事は、株式の売却に合意した。",
        ("東都商事", "investsIn", "南海化学"),
        "investsIn.holders_of_shares",
    ),
    (
        "北斗電機は、同業の南海化学を子会社にした。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "cue.makes_subsidiary",
    ),
    ("北斗電機・山田一郎社長は会見で語った。", ("山田一郎", "leads", "北斗電機"), "nominal.org_dot_person"),
    (
        "北斗ホールディングスの山田一郎副社長(北斗製薬社長)が会見した。",
        ("山田一郎", "leads", "北斗製薬"),
        "nominal.post_in_parentheses",
    ),
    (
        "北斗電機代表取締役社長の山田一郎氏が語った。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.org_title_no_person",
    ),
    (
        "北斗電機トップの山田一郎氏は語った。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.org_title_no_person",
    ),
    (
        "北斗電機(本社・名古屋市、山田一郎社長)は新工場を建てる。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.chief_in_gloss",
    ),
    (
        "ミナトロボ株式会社(静岡県浜松市中区、代表取締役:山田花子)は新型機を発表した。",
        ("山田花子", "leads", "ミナトロボ"),
        "nominal.chief_in_gloss",
    ),
    (
        "ミナトロボ株式会社(静岡県浜松市中区、代表取締役:山田花子)は新型機を発表した。",
        ("ミナトロボ", "basedIn", "浜松市中区"),
        "basedIn.paren_location",
    ),
    (
        "北斗テクノロジーズは、南海システムズの言語モデル「ソラ」を土台に新たな生成AIを開発した。",
        ("北斗テクノロジーズ", "uses", "ソラ"),
        "uses.built_on",
    ),
    (
        "北斗宇宙技研は、東都銀行、南海商事を引受先とする第三者割当増資で30億円を集めた。",
        ("南海商事", "investsIn", "北斗宇宙技研"),
        "cue.underwriters",
    ),
    (
        # what is made for a customer is supplied to it
        "白鷺電子は東雲自動車向けに車載センサーを量産する。",
        ("白鷺電子", "supplies", "東雲自動車"),
        "cue.makes_for",
    ),
    (
        "東雲電子は73年以降、南星化学を筆頭株主として事業を展開してきた。",
        ("南星化学", "investsIn", "東雲電子"),
        "investsIn.has_as_shareholder",
    ),
    (
        # the buyer written with 向けに
        "北斗車両工業は、東都電鉄向けに客車40両を受注した。",
        ("北斗車両工業", "supplies", "東都電鉄"),
        "cue.orders_won",
    ),
    (
        "北斗車両工業は、東都電鉄から新型の客車40両を受注した。",
        ("北斗車両工業", "supplies", "東都電鉄"),
        "cue.orders_won",
    ),
    (
        "北斗電機(本社・名古屋市)は新工場を建てる。",
        ("北斗電機", "basedIn", "名古屋市"),
        "basedIn.paren_location",
    ),
    # the newspapers' short city・ward gloss is an address, not a second name for the company
    ("北斗電機(東京・港)は新工場を建てる。", ("北斗電機", "basedIn", "東京・港"), "basedIn.paren_location"),
    ("名古屋市に本社を置く北斗電機は増産する。", ("北斗電機", "basedIn", "名古屋市"), "basedIn.headquarters"),
    (
        "北斗電機は27日、社長交代を発表した。筆頭株主の南海化学は27日、会長の退任を求めた。",
        ("南海化学", "investsIn", "北斗電機"),
        "investsIn.shareholder_of_main_company",
    ),
    (
        "経済産業省は、米半導体大手ミナト・テクノロジーの日本法人へ助成金を交付すると公表した。"
        "経済産業省 山田一郎大臣\n「支援を決めたところです」\n"
        "東広島市の日本法人、ミナトメモリジャパンは、次世代メモリの研究開発に取り組んでいる。",
        ("ミナトメモリジャパン", "subsidiaryOf", "ミナト・テクノロジー"),
        "subsidiaryOf.unit_named_later",
    ),
    (
        "政府は31日、山田一郎首相が8月に米国を訪問すると発表した。山田首相は日本の技術を売り込む。",
        ("山田一郎", "leads", "日本"),
        "title.home_country",
    ),
    (
        "北斗製作所 執行役社長 兼 最高経営責任者(CEO)の山田一郎氏は、「生成AIを活用する」と話す。",
        ("山田一郎", "leads", "北斗製作所"),
        "nominal.org_spaced_title",
    ),
    (
        "北斗フィナンシャルグループは北斗銀行が中核で、南海銀行、東都銀行も傘下に持つ。",
        ("東都銀行", "subsidiaryOf", "北斗フィナンシャルグループ"),
        "subsidiaryOf.also_held",
    ),
    (
        "北斗電機と南海化学は新会社「ミナトモビリティ」を設立する。新会社では会長兼CEOに山田一郎氏が"
        "就任する予定で、社長兼COOは北斗モビリティ社長の佐藤次郎氏が担う。",
        ("佐藤次郎", "leads", "ミナトモビリティ"),
        "nominal.post_filled_next",
    ),
    (
        "日本の宇宙ベンチャー企業「ミナトスペース」が開発した月着陸船が打ち上げられた。",
        ("ミナトスペース", "basedIn", "日本"),
        "basedIn.descriptor",
    ),
    (
        "北斗フィナンシャルグループは福岡県でシェアトップの北斗銀行が中核だ。",
        ("北斗銀行", "subsidiaryOf", "北斗フィナンシャルグループ"),
        "subsidiaryOf.core",
    ),
    (
        "米ミナトAIは日本法人を設立し、拠点を東京都内に新設した。",
        ("ミナトAI", "basedIn", "東京"),
        "basedIn.base_opened",
    ),
    (
        "北斗電機と南海化学は2021年に合弁会社ミナトロボを設立した。",
        ("南海化学", "investsIn", "ミナトロボ"),
        "investsIn.joint_venture_founded",
    ),
    (
        "北斗電機は、南海化学と中国に合弁会社「ミナトロボ」を設立した。",
        ("南海化学", "investsIn", "ミナトロボ"),
        "investsIn.joint_venture_partner",
    ),
    (
        "北斗電機は南海化学に出資した。南海化学山田一郎社長は「補い合える」と述べた。",
        ("山田一郎", "leads", "南海化学"),
        "nominal.org_person_glued",
    ),
    (
        "北斗電機、南海工業、東都精機の3社による資本業務提携は、電池の開発から始まる。",
        ("南海工業", "partnersWith", "東都精機"),
        "partnersWith.list_noun",
    ),
    (
        "山田一郎氏(67)=自由民主党・公明党推薦=が当選した。",
        ("公明党", "supports", "山田一郎"),
        "supports.endorsed",
    ),
    ("「ソラ」の開発元である北斗電機は増産する。", ("北斗電機", "develops", "ソラ"), "develops.maker_of"),
    (
        "南海商事は米ノースウィンド航空の販売代理店を務める。",
        ("南海商事", "partnersWith", "ノースウィンド航空"),
        "partnersWith.agent_of",
    ),
    (
        "北斗電機が100%出資する南海化学は工場を建てる。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.wholly_owned",
    ),
    (
        "米ノースウィンド・テクノロジーズは4月、日本法人「ノースウィンド電機」を設立した。",
        ("ノースウィンド電機", "subsidiaryOf", "ノースウィンド・テクノロジーズ"),
        "subsidiaryOf.sets_up_local",
    ),
    (
        "北斗電機の副社長や南海化学の取締役などを務めた山田一郎氏が社長に就く。",
        ("山田一郎", "worksFor", "北斗電機"),
        "nominal.served_as",
    ),
    (
        "北斗電機の副社長や南海化学の取締役などを務めた山田一郎氏が社長に就く。",
        ("山田一郎", "worksFor", "南海化学"),
        "nominal.served_as",
    ),
    (
        "北斗化学は傘下に南海電機と東都工業を持つ。",
        ("南海電機", "subsidiaryOf", "北斗化学"),
        "subsidiaryOf.holds_under",
    ),
    (
        "北斗化学は傘下に南海電機と東都工業を持つ。",
        ("東都工業", "subsidiaryOf", "北斗化学"),
        "subsidiaryOf.holds_under",
    ),
    (
        "日豪両国の連携を確かめた。",
        ("日本", "partnersWith", "オーストラリア"),
        "partnersWith.country_pair",
    ),
    (
        "東都銀行は、ミナト証券の全株式を南海ホールディングスに売却する。",
        ("南海ホールディングス", "acquires", "ミナト証券"),
        "acquires.sold_to",
    ),
    (
        "東都銀行は南海ホールディングスにミナト証券を譲渡した。",
        ("南海ホールディングス", "acquires", "ミナト証券"),
        "acquires.sold_to",
    ),
    (
        "東都物産の会長には、南海化学の顧問を務める山田一郎氏が就く。",
        ("山田一郎", "leads", "東都物産"),
        "nominal.post_filled_by",
    ),
    (
        "北斗電機は新工場を建てる。\n(北斗電機 山田一郎社長)\n「期待している」",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.caption",
    ),
    ("広島県の山本太郎知事は歓迎した。", ("山本太郎", "leads", "広島県"), "nominal.org_person"),
    (
        "新会社の北斗テクノロジーズ(山田一郎代表取締役社長)が始動した。",
        ("山田一郎", "leads", "北斗テクノロジーズ"),
        "nominal.paren_person",
    ),
    (
        "北斗テクノロジーズ(社長=山田一郎氏)が始動した。",
        ("山田一郎", "leads", "北斗テクノロジーズ"),
        "nominal.paren_person",
    ),
    (
        "北斗電機、南海化学、東都商事の3社がノースウィンド工業に出資した。",
        ("東都商事", "investsIn", "ノースウィンド工業"),
        "frame.investsIn",
    ),
    (
        "北斗電機は名古屋市、大阪市、福岡市の3都市に拠点を置く。",
        ("北斗電機", "basedIn", "大阪市"),
        "frame.based",
    ),
    (
        "ホンダも、トヨタ自動車や日産自動車と同じように、全固体電池を開発している。",
        ("日産自動車", "develops", "全固体電池"),
        "frame.develops",
    ),
    (
        "北斗電機と愛知県、さらに名古屋市の3者が、今回の協定に名を連ねた。",
        ("愛知県", "partnersWith", "名古屋市"),
        "frame.partnersWith.inherited.coordinated",
    ),
    (
        "北斗電機はこれまで、本社のある名古屋市に研究所を置いてきた。",
        ("北斗電機", "basedIn", "名古屋市"),
        "frame.based.relative",
    ),
    (
        "北斗電機は全固体電池について研究開発を進める。",
        ("北斗電機", "develops", "全固体電池"),
        "cue.researches",
    ),
    (
        "南海化学の筆頭株主である北斗電機は、保有株を売却する。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.shareholder",
    ),
    (
        "北斗電機は南海化学株の保有比率を17%に高めた。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.shareholder",
    ),
    (
        "東都商事は南海化学の発行済み株式の15%を取得した。",
        ("東都商事", "investsIn", "南海化学"),
        "investsIn.holds_shares",
    ),
    (
        "南海化学は北斗電機の連結子会社だ。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.is_child_of",
    ),
    (
        "南海化学は、北斗電機と東都商事が折半出資する合弁会社だ。",
        ("東都商事", "investsIn", "南海化学"),
        "frame.investsIn.relative",
    ),
    (
        "北斗電機は南海化学から出資を受ける。",
        ("南海化学", "investsIn", "北斗電機"),
        "frame.investsIn.received",
    ),
    (
        "北斗電機は経済産業省の支援を受けて新工場を建てる。",
        ("経済産業省", "supports", "北斗電機"),
        "frame.supports.received",
    ),
    (
        "米アルファベット傘下の米グーグルに対し、公正取引委員会は排除措置命令を下した。",
        ("公正取引委員会", "restricts", "グーグル"),
        "frame.restricts",
    ),
    (
        # 締結|し|て|いる: the light verb is 締結 (not いる), so the names are the cue's own
        "北斗電機と名古屋市が包括連携協定を締結している。",
        ("北斗電機", "partnersWith", "名古屋市"),
        "frame.partnersWith.coordinated",
    ),
    (
        "北斗電機が持つ南海化学株は15%にすぎない。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.shares_owned",
    ),
    (
        "南海化学を傘下に持つのは、ドイツの北斗電機だ。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.cleft_parent",
    ),
    (
        "ミナトグループホールディングスは、オーストラリアでビール首位の南海化学を買い取る。",
        ("南海化学", "basedIn", "オーストラリア"),
        "basedIn.leader_in",
    ),
    (
        "経済産業省は補助金を決めた。斎藤健経産相は会見で説明した。",
        ("斎藤健", "leads", "経済産業省"),
        "title.ministry_of_minister",
    ),
    (
        "南海化学に対する株式公開買い付け(TOB)について、北斗電機は12日、成立したと明らかにした。",
        ("北斗電機", "acquires", "南海化学"),
        "frame.acquires.inherited",
    ),
    (
        "南海化学の経営権を、IT大手の北斗電機が握った。",
        ("北斗電機", "acquires", "南海化学"),
        "frame.acquires",
    ),
    (
        "事業で協力することを、北斗電機と南海化学が19日に発表した。",
        ("北斗電機", "partnersWith", "南海化学"),
        "frame.partnersWith.inherited.coordinated",
    ),
    (
        "総務省は、運営元の北斗電機に行政指導を行った。",
        ("総務省", "restricts", "北斗電機"),
        "frame.restricts",
    ),
    (
        "南海化学を傘下に置く北斗電機は増資する。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.holder",
    ),
    ("北斗電機は南海化学のシステム基盤に頼ってきた。", ("北斗電機", "uses", "南海化学"), "frame.relies"),
    (
        "名古屋市をホームタウンとする北斗電機は勝った。",
        ("北斗電機", "basedIn", "名古屋市"),
        "basedIn.hometown",
    ),
    (
        "北斗電機は南海化学株の約10%を握る筆頭株主となる。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holds_shares",
    ),
    (
        "化粧品大手南海化学(横浜市中区)に対する株式公開買い付け(TOB)について、北斗電機(HD、東京都)は12日、成立したと明らかにした。",
        ("北斗電機", "acquires", "南海化学"),
        "frame.acquires.inherited",
    ),
    (
        "資本業務提携の契約を交わしたと、北斗電機と南海化学が19日に発表した。",
        ("北斗電機", "partnersWith", "南海化学"),
        "frame.partnersWith.inherited.coordinated",
    ),
    (
        "任期満了に伴う香川県知事選は18日投開票され、無所属新人の山田一郎氏(52)が初当選を果たした。",
        ("山田一郎", "leads", "香川県"),
        "frame.elected",
    ),
    (
        "名古屋市長選は接戦だった。佐藤健氏は2万1200票を集めて、初の当選を決めた。",
        ("佐藤健", "leads", "名古屋市"),
        "frame.elected",
    ),
    (
        "任期満了に伴う大村市長選が投開票され、現職の川村健二氏が3選を果たした。",
        ("川村健二", "leads", "大村市"),
        "frame.elected",
    ),
    (
        "長野県知事選は27日に投開票され、現職の川村健二氏が5選を決めた。",
        ("川村健二", "leads", "長野県"),
        "frame.elected",
    ),
    (
        "名古屋市長選で、山田一郎氏が現職の鈴木次郎氏を破り、当選した。",
        ("山田一郎", "leads", "名古屋市"),
        "frame.elected",
    ),
    # --- context rules: a title and no organisation in the phrase -----------------------------
    ("香川県は工場誘致を進める。池田知事は歓迎した。", ("池田", "leads", "香川県"), "title.place_in_context"),
    (
        "山田一郎・社長(54)の退任を、北斗電機が発表した。",
        ("山田一郎", "leads", "北斗電機"),
        "title.company_in_sentence",
    ),
    (
        "北斗電機は14日、決算を発表した。山田一郎社長は「増益を続ける」と述べた。",
        ("山田一郎", "leads", "北斗電機"),
        "title.main_company",
    ),
    (
        "北斗電機は14日、決算を発表した。南海化学は部品を供給する。山田一郎社長は「増益を続ける」と述べた。",
        ("山田一郎", "leads", "南海化学"),
        "title.previous_theme_company",
    ),
    (
        "北斗電機は、鈴木次郎・取締役が退任すると発表した。",
        ("鈴木次郎", "worksFor", "北斗電機"),
        "title.officer_company_in_sentence",
    ),
    (
        "北斗電機は14日、人事を発表した。鈴木次郎取締役は退任する。",
        ("鈴木次郎", "worksFor", "北斗電機"),
        "title.officer_main_company",
    ),
    ("高市早苗総理大臣は会見した。", ("高市早苗", "leads", "日本"), "title.state_prefix"),
    # --- case frames on the dependency parse ---------------------------------------------------
    (
        "南海化学には北斗電機が約50%、東都商事が約30%出資している。",
        ("東都商事", "investsIn", "南海化学"),
        "frame.investsIn",
    ),
    (
        "南海化学に出資している北斗電機は増資する。",
        ("北斗電機", "investsIn", "南海化学"),
        "frame.investsIn.relative",
    ),
    (
        "北斗電機は南海化学と提携し、新会社を設立すると発表した。",
        ("北斗電機", "partnersWith", "南海化学"),
        "frame.partnersWith",
    ),
    (
        "北斗電機は決算を発表した。また南海化学にも出資した。",
        ("北斗電機", "investsIn", "南海化学"),
        "frame.investsIn.carried",
    ),
    ("南海化学は北斗電機に買収された。", ("北斗電機", "acquires", "南海化学"), "frame.acquires.passive"),
    (
        "経済産業省は、北斗電機の日本法人へ、助成金を最大10億円まで交付すると公表した。",
        ("経済産業省", "supports", "北斗電機"),
        "frame.supports.inherited",
    ),
    (
        "北斗電機は南海化学と組み、新会社を設ける。",
        ("北斗電機", "partnersWith", "南海化学"),
        "frame.partnersWith",
    ),
    (
        "トヨタ自動車は南海化学とともに新会社の設立に参加した。",
        ("トヨタ自動車", "partnersWith", "南海化学"),
        "frame.together",
    ),
    (
        "朝霧製菓の会長に村井一郎氏、社長に森田健氏が就く。",
        ("森田健", "leads", "朝霧製菓"),
        "nominal.second_post_filled",
    ),
    (
        "紅葉銀行と若葉銀行は持ち株会社「もみじFG」を設立し、両行はその完全子会社となる。",
        ("若葉銀行", "subsidiaryOf", "もみじFG"),
        "subsidiaryOf.under_the_new_one",
    ),
    (
        "若葉フーズは紅葉不動産が設立した完全子会社である。",
        ("若葉フーズ", "subsidiaryOf", "紅葉不動産"),
        "subsidiaryOf.founded_by_parent",
    ),
    (
        "紅葉電機は若葉化学の森田健副社長が社長に就く人事を発表した。",
        ("森田健", "leads", "紅葉電機"),
        "nominal.post_taken_in_topic",
    ),
    (
        "紅葉銀行は、村井一郎副頭取の頭取就任を発表した。",
        ("村井一郎", "leads", "紅葉銀行"),
        "nominal.post_taken_in_topic",
    ),
    (
        "若葉フーズを創業した村井一郎氏は香川県出身だ。",
        ("村井一郎", "leads", "若葉フーズ"),
        "cue.founds",
    ),
    (
        "朝霧製菓は提携先の若葉フーズと新商品を開発する。",
        ("朝霧製菓", "partnersWith", "若葉フーズ"),
        "partnersWith.partner_noun",
    ),
    (
        "紅葉ホールディングスは社長に紅葉電機の村井一郎社長、副社長に若葉化学の森田健社長が就任する。",
        ("村井一郎", "leads", "紅葉ホールディングス"),
        "nominal.first_post_filled",
    ),
    (
        "朝霧製菓は工場建設地に千曲市を選んだ。",
        ("朝霧製菓", "basedIn", "千曲市"),
        "basedIn.plant_site_chosen",
    ),
    (
        "朝霧製菓は千曲市の工業用地を取得し、新工場を建設する。",
        ("朝霧製菓", "basedIn", "千曲市"),
        "basedIn.plant_site_chosen",
    ),
    (
        "朝霧製菓が市町村と包括連携協定を結ぶのは若葉市、青葉市に続いて3件目。",
        ("朝霧製菓", "partnersWith", "若葉市"),
        "partnersWith.earlier_partners",
    ),
    (
        "朝霧製菓の新工場は長野県千曲市に建設される。",
        ("朝霧製菓", "basedIn", "千曲市"),
        "basedIn.plant_built_at",
    ),
    (
        "東邦精工は公開買い付けを通じて朝霧製菓の完全子会社化を目指す。",
        ("朝霧製菓", "subsidiaryOf", "東邦精工"),
        "cue.subsidiary_of_named",
    ),
    (
        "若葉物流、紅葉電機、朝霧商事の3社は共同出資で青空エナジーを設立した。",
        ("紅葉電機", "investsIn", "青空エナジー"),
        "investsIn.funded_jointly",
    ),
    (
        "青空エナジーは2019年、若葉物流など国内4社が出資して発足した。",
        ("若葉物流", "investsIn", "青空エナジー"),
        "investsIn.funded_jointly",
    ),
    (
        "紅葉電機出資の新興企業、青空エナジーは上場した。",
        ("紅葉電機", "investsIn", "青空エナジー"),
        "investsIn.investor_prefix",
    ),
    (
        "若葉ホールディングス傘下の紅葉銀行と朝霧銀行の両行は合併する。",
        ("朝霧銀行", "subsidiaryOf", "若葉ホールディングス"),
        "subsidiaryOf.parent_first_list",
    ),
    (
        "北斗フーズの窪田一郎社長や山本次郎取締役など、現職の4人は続投する。",
        ("山本次郎", "worksFor", "北斗フーズ"),
        "nominal.org_second_person",
    ),
    (
        "北斗商会は6月20日、定時株主総会を開いた。約7%の株式を持つ米投資ファンドの南海キャピタルは、株主提案で取締役の入れ替えを求めていた。",
        ("南海キャピタル", "investsIn", "北斗商会"),
        "investsIn.stake_holder_of_main_company",
    ),
    (
        "北斗グループホールディングスは12日、南海化学やミナト精機をはじめとする完全子会社5社を吸収合併すると発表した。",
        ("ミナト精機", "subsidiaryOf", "北斗グループホールディングス"),
        "subsidiaryOf.listed_as_units",
    ),
    (
        "北斗化成は、子会社の北斗ペット(札幌市)と、同業の南海ペットを合併させる。北斗ペットが存続会社となって吸収合併する"
        "形で、合併後の新会社には北斗化成が66%を出資する。",
        ("北斗化成", "investsIn", "北斗ペット"),
        "frame.investsIn.survivor",
    ),
    (
        "この結果、南海化学は北斗電機にとっては連結子会社、ソラ物産にとっては持分法適用会社となる。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.unit_for_the_parent",
    ),
    (
        "北斗通信は、ネット接続サービス大手のソラローブを、南海産業パートナーズ(SIP、東京・中央)から買い取る。",
        ("南海産業パートナーズ", "investsIn", "ソラローブ"),
        "investsIn.seller_held",
    ),
    (
        "南海商事の100%子会社であるソラパワーについて、北斗電力がその株式の70%を取得することで両社が合意した。",
        ("北斗電力", "acquires", "ソラパワー"),
        "acquires.shares_of_the_one_about",
    ),
    (
        "傘下に入るソラ工房株式会社には、北斗テレビの常務である福田一郎氏が新社長として送り込まれる。",
        ("福田一郎", "leads", "ソラ工房"),
        "nominal.post_sent_to",
    ),
    (
        "ミナト電子は2001年に設立された基板メーカーだ。北斗電機(31.2%)や南海化学(7.4%)などが大株主に名を連ねている。",
        ("南海化学", "investsIn", "ミナト電子"),
        "investsIn.holders_named_of_topic",
    ),
    (
        "青空エナジーは2021年に設立された。出資企業は若葉物流、紅葉電機、朝霧商事の3社。",
        ("若葉物流", "investsIn", "青空エナジー"),
        "investsIn.listed_shareholders_of_topic",
    ),
    (
        "若葉ホールディングスの傘下には紅葉銀行、朝霧銀行などがある。",
        ("朝霧銀行", "subsidiaryOf", "若葉ホールディングス"),
        "subsidiaryOf.under_it_are",
    ),
    (
        "若葉物流は自社開発の小型ロケット「ワカバ1号」を打ち上げた。",
        ("若葉物流", "develops", "ワカバ1号"),
        "develops.made_in_house",
    ),
    (
        "若葉物流は紅葉電機を提携先に選んだ。",
        ("若葉物流", "partnersWith", "紅葉電機"),
        "partnersWith.chosen_or_helping",
    ),
    (
        "若葉HDは、紅葉フーズと朝霧商事を中間持ち株会社の青空HDの傘下に移す。",
        ("紅葉フーズ", "subsidiaryOf", "青空HD"),
        "subsidiaryOf.moved_under",
    ),
    ("紅葉自動車と朝霧自動車は互いに出資。", ("紅葉自動車", "investsIn", "朝霧自動車"), "investsIn.mutual"),
    (
        "紅葉自動車と朝霧自動車は互いに出資している。",
        ("朝霧自動車", "investsIn", "紅葉自動車"),
        "investsIn.mutual_back",
    ),
    (
        "若葉製薬は、紅葉ファーマが開発中の治療薬「モミジン」の権利を取得した。",
        ("紅葉ファーマ", "develops", "モミジン"),
        "develops.in_development",
    ),
    ("若葉物流は紅葉電機買収を発表した。", ("若葉物流", "acquires", "紅葉電機"), "acquires.glued_object"),
    (
        "若葉HDは、紅葉フーズ、朝霧商事の株式を100%保有することになる。",
        ("紅葉フーズ", "subsidiaryOf", "若葉HD"),
        "subsidiaryOf.holds_most_shares",
    ),
    (
        "若葉HDの傘下に紅葉銀行と朝霧銀行を置く。",
        ("朝霧銀行", "subsidiaryOf", "若葉HD"),
        "subsidiaryOf.placed_under",
    ),
    (
        "青空エナジー(紅葉電機51%、朝霧商事49%出資)と契約した。",
        ("朝霧商事", "investsIn", "青空エナジー"),
        "investsIn.stakes_in_gloss",
    ),
    (
        "青空エナジー(紅葉電機51%、朝霧商事49%出資)と契約した。",
        ("紅葉電機", "investsIn", "青空エナジー"),
        "investsIn.stakes_in_gloss_first",
    ),
    (
        "新会社の名称は「青空エナジー」で、紅葉電機と朝霧商事が出資する。",
        ("紅葉電機", "investsIn", "青空エナジー"),
        "investsIn.named_new_company",
    ),
    (
        "50年を経て、南海化学の東西電機グループ入りが実現した。",
        ("南海化学", "subsidiaryOf", "東西電機グループ"),
        "subsidiaryOf.joins_group",
    ),
    (
        "山田一郎氏は部品大手北斗工業の社長や南海電機副社長を経て、16年6月に東西電機社長に就任。",
        ("山田一郎", "leads", "北斗工業"),
        "nominal.career_post",
    ),
    (
        "山田一郎氏は部品大手北斗工業の社長や南海電機副社長を経て、16年6月に東西電機社長に就任。",
        ("山田一郎", "leads", "東西電機"),
        "nominal.appointed_to_post",
    ),
    (
        "北斗化学は半導体の回路形成に用いられる「フォトレジスト」で、世界市場の約3割のシェアを握る。",
        ("北斗化学", "develops", "フォトレジスト"),
        "develops.leader_in",
    ),
    (
        "北斗電機社長、山田太郎氏は語った。",
        ("山田太郎", "leads", "北斗電機"),
        "nominal.org_title_no_person",
    ),
    (
        "北斗電機創業者の山田太郎氏は語った。",
        ("山田太郎", "leads", "北斗電機"),
        "nominal.org_title_no_person",
    ),
    (
        "北斗電機と東西物産が共同出資で設立した南海化学は新工場を建てる。",
        ("東西物産", "investsIn", "南海化学"),
        "investsIn.founded_with",
    ),
    (
        "南海化学は北斗電機の傘下入りする。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.joins_group",
    ),
    (
        "山田一郎首相は12日、北斗電機の佐藤次郎会長、南海電力の鈴木三郎社長を官邸に招き、意見を交わした。",
        ("山田一郎", "meets", "鈴木三郎"),
        "frame.invites",
    ),
    (
        "北斗電機㈱(山田一郎社長―本社・東京都港区)と南海化学㈱(佐藤花子社長―本社・大阪市北区)は提携した。",
        ("佐藤花子", "leads", "南海化学"),
        "nominal.chief_opens_gloss",
    ),
    (
        "東西協会は5月24日、定時総会を開き、新会長に北斗電機の山田一郎社長が就任した。",
        ("山田一郎", "leads", "東西協会"),
        "title.appointed_to_topic",
    ),
    (
        "北斗電機の新社長に就くのは、南海化学出身の田中一郎氏だ。",
        ("田中一郎", "leads", "北斗電機"),
        "nominal.post_taken_cleft",
    ),
    (
        "北斗電機は新株を発行する。割当先は南海化学と、同社子会社の西山化学、ソラ物産で、普通株式を約3億株発行する。",
        ("南海化学", "investsIn", "北斗電機"),
        "investsIn.allottee_before_its_units",
    ),
    (
        "北斗電機は、南海化学から川口均専務執行役員を迎える。",
        ("川口均", "worksFor", "南海化学"),
        "nominal.person_from_org",
    ),
    (
        "北斗電機(愛知県豊田市)はソラテック(同)と組む。",
        ("ソラテック", "basedIn", "豊田市"),
        "basedIn.same_place_gloss",
    ),
    (
        "北斗電機は、魚津工場(富山県魚津市)など3工場を売却する。",
        ("北斗電機", "basedIn", "魚津市"),
        "basedIn.site_glossed",
    ),
    (
        "北斗電機では2015年12月、会長兼CEOだった遠藤隆雄氏が突然退任した。",
        ("遠藤隆雄", "leads", "北斗電機"),
        "nominal.post_held_there",
    ),
    (
        "北斗機構の支援先でもあった衣料大手の南海電機は再建した。",
        ("北斗機構", "supports", "南海電機"),
        "supports.client_of",
    ),
    (
        "北斗電機は南海化学株の60%を取得する。残りの40%はこれまで通り北斗機構が保有する。",
        ("北斗機構", "investsIn", "南海化学"),
        "investsIn.rest_held_by",
    ),
    (
        "北斗精機の主力は、自動車向けのリチウムイオン電池だ。",
        ("北斗精機", "develops", "リチウムイオン電池"),
        "develops.mainstay",
    ),
    (
        "ミナト・ヴィーナス・ジャパン(MVJ、本社=東京都千代田区)と南海化学は提携した。会見には鈴木孝雄・MVJ会長が出席した。",
        ("鈴木孝雄", "leads", "ミナト・ヴィーナス・ジャパン"),
        "title.company_known_by_alias",
    ),
    (
        "ミナト物産は国内2位の商社で、西山電機が50%強の株式を保有している。",
        ("西山電機", "investsIn", "ミナト物産"),
        "investsIn.holder_under_topic",
    ),
    (
        "北斗商事は31日、南海工業に対し、TOBを実施すると発表した。"
        "現在30%を持つ北斗商事は、持ち株比率を40%に引き上げることを目指している。",
        ("北斗商事", "investsIn", "南海工業"),
        "investsIn.holder_described_by_stake",
    ),
    (
        "北斗電機と、南海物産の子会社である南海化学との間では、共同で検討する覚書が結ばれた。",
        ("北斗電機", "partnersWith", "南海化学"),
        "partnersWith.agreement_between",
    ),
    (
        "北斗電機で営業を担当する山田一郎執行役員は語った。",
        ("山田一郎", "worksFor", "北斗電機"),
        "nominal.charge_at_org",
    ),
    (
        "北斗電機は、山田一郎氏が社長を務める。",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.post_held_by_named",
    ),
    (
        "山田一郎氏は南海化学で社長、会長として10年間にわたり経営の指揮を執った。",
        ("山田一郎", "leads", "南海化学"),
        "nominal.post_held_at",
    ),
    (
        "北斗電機は2020年にイスラエルで創業した企業だ。",
        ("北斗電機", "basedIn", "イスラエル"),
        "basedIn.founded_there",
    ),
    (
        "パネリストは山田一郎氏(北斗電機)ら3人。",
        ("山田一郎", "worksFor", "北斗電機"),
        "nominal.affiliation_glossed",
    ),
    (
        "北斗財団は支援を決めた。山田一郎理事長は語った。",
        ("山田一郎", "leads", "北斗財団"),
        "title.previous_theme_body",
    ),
    (
        "北斗大学は研究成果を発表した。山田一郎教授は語った。",
        ("山田一郎", "worksFor", "北斗大学"),
        "title.member_of_previous_theme_body",
    ),
    (
        "山田一郎氏は4月1日付で北斗物産の社長の座を退き、会長に就く。",
        ("山田一郎", "leads", "北斗物産"),
        "nominal.post_left",
    ),
    (
        "北斗電機が南海化学株の65%を、ソラ物産が35%をそれぞれ取得する。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.gapped_stakes",
    ),
    (
        "北斗電機が南海化学の株式の50%を、ソラ物産が30%を、ミナト商事が20%を保有する。",
        ("ミナト商事", "investsIn", "南海化学"),
        "investsIn.gapped_stakes_after",
    ),
    (
        "ヨハン・ルパート(Johann Rupert)=北斗物産会長は「買収は戦略の一部だ」と述べた。",
        ("Johann Rupert", "leads", "北斗物産"),
        "nominal.person_equals_post",
    ),
    (
        "【北斗興産】創業家の山田一郎社長と、筆頭株主の南海商事が対立した。",
        ("南海商事", "investsIn", "北斗興産"),
        "investsIn.shareholder_of_header",
    ),
    (
        "中国の家電大手、南海集団の傘下に入った白物家電の北斗電機は8日、計画を公表した。",
        ("北斗電機", "subsidiaryOf", "南海集団"),
        "subsidiaryOf.came_under",
    ),
    (
        "北斗電機は6日、全額を出資する子会社の南海化学について、再編を検討すると発表した。",
        ("北斗電機", "investsIn", "南海化学"),
        "subsidiaryOf.topic_parent.funded",
    ),
    (
        "南海化学は北斗電機の100%出資子会社だ。",
        ("北斗電機", "investsIn", "南海化学"),
        "subsidiaryOf.is_child_of.funded",
    ),
    (
        "北斗電機と南海商事の合弁であるミナト工業も取得する。",
        ("南海商事", "investsIn", "ミナト工業"),
        "investsIn.joint_venture_of",
    ),
    (
        "北斗銀行は、南海証券の普通株式の49%を保有している。",
        ("北斗銀行", "investsIn", "南海証券"),
        "investsIn.holds_shares",
    ),
    (
        "南海化学は北斗電機が株式の20%を保有している。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holder_under_topic",
    ),
    (
        "南海化学は、政府が株式の57%を持つ大株主だ。",
        ("日本政府", "investsIn", "南海化学"),
        "investsIn.holder_under_topic",
    ),
    (
        "北斗電機は、名古屋を地盤に葬儀会館を運営する。",
        ("北斗電機", "basedIn", "名古屋市"),
        "basedIn.base_of",
    ),
    ("北斗電機は福島県を地盤としている。", ("北斗電機", "basedIn", "福島県"), "basedIn.base_of"),
    (
        "事業の本拠地をベルギーに構える北斗電機は、子会社を持つ。",
        ("北斗電機", "basedIn", "ベルギー"),
        "basedIn.base_of",
    ),
    (
        "北斗電機の創業者である西山一郎会長と、杉江陸社長兼最高経営責任者(CEO)はともに続投する。",
        ("杉江陸", "leads", "北斗電機"),
        "nominal.org_second_person",
    ),
    (
        "北斗電機は、2社を西山一郎社長の南海商事に譲渡する。",
        ("西山一郎", "leads", "南海商事"),
        "nominal.chief_of_org_after",
    ),
    (
        "北斗電機は7月25日、南海化学による2回目のTOB(株式公開買い付け)が成立したと発表した。",
        ("南海化学", "acquires", "北斗電機"),
        "acquires.bid_by_agent",
    ),
    (
        "北斗HD(本社・東京都新宿区)は、完全子会社としてハンバーガー事業を手がける南海化学の全株式を、ソラ工業に譲り渡す。",
        ("南海化学", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.held_as_described",
    ),
    (
        # (the group's name is one more name of 北斗電機, which labels it)
        "北斗電機と西山商事は16日、北斗電機グループでスクール事業を担う南海化学の全株式を、西山商事が買い取ると公表した。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.group_unit",
    ),
    (
        "会長兼社長には里見治・北斗電機会長兼南海化学社長が就任する。",
        ("里見治", "leads", "南海化学"),
        "nominal.person_second_org_title",
    ),
    (
        "会長兼社長には里見治・北斗電機会長兼南海化学社長が就任する。",
        ("里見治", "leads", "北斗電機"),
        "nominal.person_org_title",
    ),
    (
        "東証2部に上場する「北斗ホールディングス」(東京都中央区)の社長に、3月24日、大村安孝氏が就いた。",
        ("大村安孝", "leads", "北斗ホールディングス"),
        "nominal.post_filled_by",
    ),
    (
        "株式会社ソラ商事(代表取締役:山田花子)に事業譲渡すると明らかにした。",
        ("山田花子", "leads", "ソラ商事"),
        "nominal.paren_person",
    ),
    (
        "同社の片岡尚会長は、2013年から5年間、同業の北斗電機で社長を務めた人物だ。",
        ("片岡尚", "leads", "北斗電機"),
        "nominal.post_held_at",
    ),
    (
        "北斗電機は25日、子会社南海化学の全株式を、愛知県名古屋市の投資会社、西山商事に譲り渡したと発表した。",
        ("西山商事", "acquires", "南海化学"),
        "acquires.sold_to",
    ),
    (
        "北斗電機は、南海HD株式会社の筆頭株主「ソラキャピタル株式会社」による公開買付に賛同すると発表した。",
        ("ソラキャピタル", "investsIn", "南海HD"),
        "investsIn.shareholder",
    ),
    (
        "申請代理人には鈴木規央弁護士ほか5人(渥美坂井法律事務所、東京都中央区)が選ばれた。",
        ("鈴木規央", "worksFor", "渥美坂井法律事務所"),
        "nominal.affiliation_then_post",
    ),
    (
        "北斗電機は2012年6月、フィリピンで南海化学と合弁でソラ工業を立ち上げた。",
        ("南海化学", "investsIn", "ソラ工業"),
        "investsIn.joint_venture_partner",
    ),
    (
        "北斗電機は南海化学との合弁でソラ工業を設立した。",
        ("北斗電機", "investsIn", "ソラ工業"),
        "investsIn.joint_venture_founded",
    ),
    (
        "結婚式場を運営する北斗電機(東京・渋谷)は4日、南海化学(同・中央)が営んでいた事業を買収したと発表した。",
        ("南海化学", "basedIn", "東京"),
        "basedIn.same_as_before",
    ),
    (
        "公開買付後の北斗電機の経営体制では、南海キャピタル代表取締役の稲吉正樹氏が代表取締役会長に就任する。",
        ("稲吉正樹", "leads", "北斗電機"),
        "nominal.post_taken_in_scene",
    ),
    (
        "北斗HDは15年に南海化学とミナト工業が統合して誕生した。",
        ("ミナト工業", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.merged_into",
    ),
    (
        "これに対し南海化学は、北斗HD(HD)を親会社とする生活雑貨のブランドだ。",
        ("南海化学", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.parent_as_object",
    ),
    (
        "北斗電機15%、南海化学50%、ミナト工業15%の共同出資で、2001年に西山商事が設立された。",
        ("南海化学", "investsIn", "西山商事"),
        "investsIn.stakes_founding",
    ),
    (
        "4月6日、北斗HDの松本大最高経営責任者(CEO)と取締役常務執行役の勝屋敏彦氏が会見に臨んだ。",
        ("勝屋敏彦", "worksFor", "北斗HD"),
        "nominal.org_second_person_post_before",
    ),
    (
        "北斗HD(平林朗社長)は、ホテル大手「南海ホテルズ」(台北市)について、5月23日に子会社化を完了した。",
        ("南海ホテルズ", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.deal_about",
    ),
    (
        "南海化学は、議決権は北斗電機が75%を握り、ミナト工業と西山商事はともに5%を保有する見通しだ。",
        ("ミナト工業", "investsIn", "南海化学"),
        "investsIn.holders_alike",
    ),
    (
        "北斗電機の子会社であるソラ航空(SK)の株式を、51%は南海化学に、5%はミナト工業にそれぞれ譲り渡す。",
        ("南海化学", "investsIn", "ソラ航空"),
        "investsIn.shares_split_first",
    ),
    (
        "北斗電機の子会社であるソラ航空(SK)の株式を、51%は南海化学に、5%はミナト工業にそれぞれ譲り渡す。",
        ("ミナト工業", "investsIn", "ソラ航空"),
        "investsIn.shares_split_to",
    ),
    (
        "北斗電機は、上場する子会社3社を完全子会社にする。完全子会社化の対象は、南海化学、ミナト精機、ソラ工業の3社だ。",
        ("北斗電機", "acquires", "ミナト精機"),
        "acquires.targets_listed",
    ),
    (
        "北斗電機は、上場する子会社3社を完全子会社にする。完全子会社化の対象は、南海化学、ミナト精機、ソラ工業の3社だ。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.targets_listed",
    ),
    (
        "業務提携の一環として、北斗電機が南海工業に20%を出す。",
        ("北斗電機", "investsIn", "南海工業"),
        "investsIn.stake_put",
    ),
    (
        "ミナト電機が1日に全額出資で町内に設けた新会社「北海ソラ」が、加工を担う。",
        ("北海ソラ", "subsidiaryOf", "ミナト電機"),
        "subsidiaryOf.founded_alone_relative",
    ),
    (
        "「北斗ケイマン株式会社」は資本金が約11億円で、出資比率をみると、南海食品が60%、ミナト製パンが24%を占める。",
        ("南海食品", "investsIn", "北斗ケイマン"),
        "investsIn.stakes_under_topic",
    ),
    (
        "北斗電機と南海化学は新会社「ソラHD」を設立する。ミナト工業(東京都品川区)と、中堅建設会社のソラ建設工業(大阪市)も新会社の傘下に置く。",
        ("ミナト工業", "subsidiaryOf", "ソラHD"),
        "subsidiaryOf.put_under",
    ),
    (
        "北斗電機と南海化学は新会社「ソラHD」を設立する。その傘下に南海ホーム(名古屋市)、ミナトホームズ、ソラホームズ(大阪府豊中市)を入れる。",
        ("ミナトホームズ", "subsidiaryOf", "ソラHD"),
        "subsidiaryOf.under_new_company",
    ),
    (
        "北斗商事は、北斗交通と合弁会社を立ち上げる。\n新会社の概要は次のとおり。\n"
        "(1) 商号:北斗南海物流有限公司\n(2) 設立予定:2002年7月\n(3) 本社:上海市",
        ("北斗南海物流有限公司", "basedIn", "上海"),
        "basedIn.outline_head_office",
    ),
    (
        "式典には、北斗町 町長 橋本正裕氏、株式会社ミナト商事 代表取締役 CEO 田路圭輔氏が出席した。",
        ("田路圭輔", "leads", "ミナト商事"),
        "nominal.caption_post",
    ),
    (
        "八戸市の土木工事業「北斗建設」も傘下に入る。",
        ("北斗建設", "basedIn", "八戸市"),
        "basedIn.place_of_named",
    ),
    (
        "北斗HDは、南海化学の全株式を、米投資ファンドのミナト・キャピタルから510億円で譲り受ける。",
        ("ミナト・キャピタル", "investsIn", "南海化学"),
        "investsIn.shares_bought_from",
    ),
    (
        "北斗商事は、株式会社MAXISホールディングス(箕輪友行会長・小宮山一社長、東京都新宿区)の全株式を買い取る。",
        ("箕輪友行", "leads", "MAXISホールディングス"),
        "nominal.first_of_chiefs_in_gloss",
    ),
    (
        "ソラ・キャピタルの社長で前南海電機会長の山田一郎氏が会見した。",
        ("山田一郎", "leads", "ソラ・キャピタル"),
        "nominal.post_then_another",
    ),
    (
        "北斗電機はアニメ制作会社ソラハウスを所有しており、事業を広げている。",
        ("ソラハウス", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.owned",
    ),
    (
        "北斗が筆頭株主で、傘下に茨城県の南海銀行と栃木県のソラ銀行を置く、ミナトフィナンシャルグループに注目が集まる。",
        ("南海銀行", "subsidiaryOf", "ミナトフィナンシャルグループ"),
        "subsidiaryOf.holds_under",
    ),
    (
        "北斗が筆頭株主で、傘下に茨城県の南海銀行と栃木県のソラ銀行を置く、ミナトフィナンシャルグループに注目が集まる。",
        ("ソラ銀行", "subsidiaryOf", "ミナトフィナンシャルグループ"),
        "subsidiaryOf.holds_under",
    ),
    (
        "北斗電機は南海化学の議決権の約18%を握る。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.holds_shares",
    ),
    (
        "ミナト商事は南海銀行の株式をまとめて買い集め、筆頭株主となった。",
        ("ミナト商事", "investsIn", "南海銀行"),
        "investsIn.holds_shares",
    ),
    (
        "北斗電機、南海化学、ミナト商事の出資で、ソラネットワークスが設立された。",
        ("南海化学", "investsIn", "ソラネットワークス"),
        "investsIn.money_founding",
    ),
    (
        "ソラネットワークスは、北斗電機の100%出資により2009年に設立された。",
        ("北斗電機", "investsIn", "ソラネットワークス"),
        "investsIn.founded_with_money_of",
    ),
    (
        "北斗電機は海外事業を見直す。フィリピンでは、現地法人の株式を合弁相手の南海商事に譲り渡す。",
        ("南海商事", "partnersWith", "北斗電機"),
        "partnersWith.partner_of_main_company",
    ),
    (
        "ソラ精工について、北斗電機は500億円で買い取ると発表した。",
        ("北斗電機", "acquires", "ソラ精工"),
        "acquires.deal_about",
    ),
    (
        "『ソラクエスト』などで知られるミナト商事が買収された。",
        ("ミナト商事", "develops", "ソラクエスト"),
        "cue.known_for",
    ),
    (
        "北斗電機(東京都港区、新浪剛史代表取締役社長兼CEO・東証プライム2651)は発表した。",
        ("新浪剛史", "leads", "北斗電機"),
        "nominal.chief_in_gloss",
    ),
    (
        "持ち株会社の北斗ホールディングスは26日、傘下の南海化学とミナト電機について、合併させると発表した。",
        ("ミナト電機", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.topic_parent",
    ),
    (
        "新会社の北斗ホールディングスは、その傘下に南海電機(名古屋市)、ミナト化学、ソラ工業(大阪府豊中市)を入れる。",
        ("ミナト化学", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.holds_under",
    ),
    (
        "香港法人の北斗ホールディングスが出資した。",
        ("北斗ホールディングス", "basedIn", "香港"),
        "basedIn.descriptor",
    ),
    (
        "南海化学の売り先は、同じく韓国でコンビニを展開する北斗商事だ。",
        ("北斗商事", "acquires", "南海化学"),
        "acquires.buyer_named",
    ),
    (
        "ソラテックは増資を実施した。第三者割当増資を引き受けたのは、北斗銀行、ミナト商事など10社だ。",
        ("ミナト商事", "investsIn", "ソラテック"),
        "investsIn.round_of_previous_topic",
    ),
    (
        "南海化学の株式の90%は北斗電機が保有する。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.shares_held_by",
    ),
    (
        "北斗重工は南海造船が発行する新株を引き受け、議決権ベースで30%を出資する大株主となる。",
        ("北斗重工", "investsIn", "南海造船"),
        "investsIn.takes_up_issue",
    ),
    (
        "北斗電機、南海化学、及びミナト商事の3社で共同会社を香港に立ち上げる。",
        ("南海化学", "partnersWith", "北斗電機"),
        "partnersWith.found_together",
    ),
    (
        "南海化学は、北斗ホールディングスの孫会社だ。",
        ("南海化学", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.is_child_of",
    ),
    (
        "北斗電機は、旭硝子グループの旧岩城硝子と合併した。",
        ("岩城硝子", "subsidiaryOf", "AGC"),
        "subsidiaryOf.group_member",
    ),
    (
        "北斗電機(本社/東京、荒井正昭社長)は発表した。",
        ("北斗電機", "basedIn", "東京"),
        "basedIn.paren_location",
    ),
    (
        "自然派ブランド「ミナリン」を持つ南海化学を買収する。",
        ("南海化学", "develops", "ミナリン"),
        "develops.brand_held",
    ),
    (
        "北斗電機(横浜市西区みなとみらい2の3の1 山田昇司代表取締役社長執行役員)は発表した。",
        ("山田昇司", "leads", "北斗電機"),
        "nominal.chief_in_gloss",
    ),
    (
        "北斗電機は、南海集団有限公司(香港上場:代表者:塗建華董事長、方安空CEO)に売り渡す。",
        ("塗建華", "leads", "南海集団有限公司"),
        "nominal.chief_in_gloss",
    ),
    (
        "北斗電機は、南海集団有限公司(香港上場:代表者:塗建華董事長、方安空CEO)に売り渡す。",
        ("方安空", "leads", "南海集団有限公司"),
        "nominal.later_chief_in_gloss",
    ),
    (
        "北斗電機がこれまで打ち上げてきた観測ロケット「ホシ1号」は成功した。",
        ("北斗電機", "develops", "ホシ1号"),
        "cue.develops",
    ),
    (
        "北斗電機は有人試験機「ソラ3号」を披露した。",
        ("北斗電機", "develops", "ソラ3号"),
        "cue.develops",
    ),
    (
        "大王製紙は、北斗ホールディングスの紙製品関連の製造・開発を担う子会社の北斗ペーパー(株)から事業を譲り受ける。",
        ("北斗ペーパー", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.parent_first_clause",
    ),
    (
        "北斗HDの運航事業会社である北斗航空は増収だった。",
        ("北斗航空", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.parent_first",
    ),
    (
        "北斗電機は、米ソラテックが持っていた日本法人の南海電子を買収した。",
        ("南海電子", "subsidiaryOf", "ソラテック"),
        "subsidiaryOf.parent_first_clause",
    ),
    (
        "できた野菜は、南海化学が属する北斗ホールディングスの商品として並ぶ。",
        ("南海化学", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.parent_first_clause",
    ),
    (
        "北斗電機は大分市に工場を構える。",
        ("北斗電機", "basedIn", "大分市"),
        "frame.plant_site",
    ),
    (
        "南海化学に対する北斗商事の出資比率は37.5%となる。",
        ("北斗商事", "investsIn", "南海化学"),
        "investsIn.stake_ratio_of",
    ),
    (
        "北斗電機の南海化学への出資比率は11.1%となる。",
        ("北斗電機", "investsIn", "南海化学"),
        "investsIn.stake_ratio_of",
    ),
    (
        "北斗HDは増資を決めた。\n<北斗電機のプロフィール>\n○本店所在地:神奈川県川崎市高津区\n○代表者:山田一郎代取社長",
        ("北斗電機", "basedIn", "川崎市高津区"),
        "basedIn.profile_head_office",
    ),
    (
        "北斗HDは増資を決めた。\n<北斗電機のプロフィール>\n○本店所在地:神奈川県川崎市高津区\n○代表者:山田一郎代取社長",
        ("山田一郎", "leads", "北斗電機"),
        "nominal.profile_chief",
    ),
    (
        "新会社の非常勤取締役として、南海電機から玉井久視氏、ソラ自動車から小山哲男氏が名を連ねた。",
        ("小山哲男", "worksFor", "ソラ自動車"),
        "nominal.person_sent_to_post",
    ),
    (
        "南海化学はソラ電機と合弁会社「ミナトファーム」を富山県につくった。",
        ("南海化学", "investsIn", "ミナトファーム"),
        "investsIn.joint_venture_founded",
    ),
    (
        "南海化学は新会社「ミナトファーム」を設立した。資本金は5000万円(南海化学80%、ソラ電機20%)とする。",
        ("ソラ電機", "investsIn", "ミナトファーム"),
        "investsIn.stake_list",
    ),
    (
        "南海化学はソラ電機と合弁会社「ミナトファーム」を設立した。本社は東京都千代田区の南海化学社内に設ける。",
        ("ミナトファーム", "basedIn", "千代田区"),
        "basedIn.new_company_head_office",
    ),
    (
        "ソラグループは、南海商事が行う1024億円の第三者割当増資を引き受ける。",
        ("ソラグループ", "investsIn", "南海商事"),
        "investsIn.takes_up_issue",
    ),
    (
        "北斗HDは南海化学から第三者割当で新株の4割分を取得した。",
        ("北斗HD", "investsIn", "南海化学"),
        "investsIn.takes_up_issue",
    ),
    (
        "南海化学は1950年の創業。北斗商事が株式の約25%を持ち、筆頭株主の座にある。",
        ("北斗商事", "investsIn", "南海化学"),
        "investsIn.holds_topic_shares",
    ),
    (
        "南海電機はカンボジアに現地法人「ソラ・カンボジア」(大野洋平社長)をつくった。",
        ("ソラ・カンボジア", "subsidiaryOf", "南海電機"),
        "subsidiaryOf.sets_up_local",
    ),
    (
        "南海電機の本社(東京・港)で記者会見した。",
        ("南海電機", "basedIn", "東京・港"),
        "basedIn.paren_location",
    ),
    (
        "北斗タクシー株式会社(京都市伏見区、永井博社長、車両数217台)は発表した。",
        ("永井博", "leads", "北斗タクシー"),
        "nominal.chief_in_gloss",
    ),
    (
        "田中一郎首相は山田次郎大統領と会見した。",
        ("田中一郎", "meets", "山田次郎"),
        "cue.meets_in_audience.clause",
    ),
    (
        "北斗電機(山田一郎社長、都内渋谷区)は提携した。",
        ("北斗電機", "basedIn", "渋谷区"),
        "basedIn.paren_location",
    ),
    (
        "ソラ物産は南海化学のグループ会社に加わる。",
        ("ソラ物産", "subsidiaryOf", "南海化学"),
        "subsidiaryOf.joins_group",
    ),
    (
        "破綻した北斗電機の傘下にあったソラ物産は再建された。",
        ("ソラ物産", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.came_under",
    ),
    (
        "TOBを担うのは、北斗キャピタルが設けたソラ・ホールディングスだ。",
        ("ソラ・ホールディングス", "subsidiaryOf", "北斗キャピタル"),
        "subsidiaryOf.founded_alone_relative",
    ),
    (
        "北斗電機は、タクシー会社3社の全株式を取得した。今回手に入れた3社は、ソラ交通株式会社(京都市、"
        "山田一郎社長)、ミナト交通株式会社(大津市)、北浜交通株式会社(枚方市)だ。",
        ("北斗電機", "acquires", "ミナト交通"),
        "acquires.targets_listed",
    ),
    (
        "北斗電機と、そのグループ会社で下関市が本社のソラ鋼管は工場を新設する。",
        ("ソラ鋼管", "basedIn", "下関市"),
        "basedIn.headquarters",
    ),
    (
        "宇部市の食品機械製造業・ヤナギヤは増収だった。",
        ("ヤナギヤ", "basedIn", "宇部市"),
        "basedIn.place_of_named",
    ),
    (
        "シンガポールの政府系ファンドである GIC Private Limitedが出資した。",
        ("GIC Private Limited", "basedIn", "シンガポール"),
        "basedIn.possessive",
    ),
    (
        "北斗電機はソラ化学と合弁会社「ミナトファーム」を設立する。水上政道・北斗電機取締役常務執行役員が社長に就く。",
        ("水上政道", "leads", "ミナトファーム"),
        "title.appointed_new_company",
    ),
    (
        "北斗電機は子会社4社を合併させる。新しい社名は「ソラMEC」とする。本社は室蘭市茶津町2・1に置く。",
        ("ソラMEC", "basedIn", "室蘭市"),
        "basedIn.new_company_head_office",
    ),
    (
        "北斗HDは南海化学を買収した。\n〔南海化学の概要〕本社は兵庫県尼崎市。工場は滋賀県米原市。",
        ("南海化学", "basedIn", "尼崎市"),
        "basedIn.outline_heading_line",
    ),
    (
        "北斗電機は南海化学も買収した。",
        ("北斗電機", "acquires", "南海化学"),
        "frame.acquires.also_object",
    ),
    (
        "北斗電機は、クラフト紙袋などを製造する南海化学も子会社化した。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary.also_object",
    ),
    (
        "北斗電機は南海化学をグループ会社に加えていた。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary",
    ),
    (
        "南海化学は北斗電機に完全子会社化される。",
        ("南海化学", "subsidiaryOf", "北斗電機"),
        "frame.makes_subsidiary.passive",
    ),
    (
        "ソラ電機は北斗ファーム(本社:東京都中央区、北島正裕、安田瑞希両代表)と合弁会社をつくる。",
        ("北島正裕", "leads", "北斗ファーム"),
        "nominal.chief_in_gloss",
    ),
    (
        "北斗電機、南海化学の2社が、ミナト商事の実施する第三者割当増資の引き受け手となる。",
        ("南海化学", "investsIn", "ミナト商事"),
        "investsIn.takes_up_issue",
    ),
    (
        "北斗電機は、ソラ物産の株式の33%を手にした。",
        ("北斗電機", "investsIn", "ソラ物産"),
        "investsIn.holds_shares",
    ),
    (
        "北斗電機、南海化学、ソラ物産の3社が設けた合弁会社が稼働した。",
        ("ソラ物産", "partnersWith", "北斗電機"),
        "partnersWith.found_together",
    ),
    (
        "北斗電機と南海化学は、ミナト物産との間で、それぞれ合弁会社を立ち上げる。",
        ("北斗電機", "partnersWith", "ミナト物産"),
        "partnersWith.founded_with",
    ),
    (
        "北斗電機は、子会社のソラ物産をブラジルに設けた。",
        ("ソラ物産", "basedIn", "ブラジル"),
        "basedIn.unit_set_up_there",
    ),
    (
        "北斗電機は増収だった。23年に買収した南海化学が寄与した。",
        ("北斗電機", "acquires", "南海化学"),
        "acquires.bought_earlier",
    ),
    (
        "北斗化学は、創業者の資産管理会社ソラ物産(東京都目黒区)に540万株を割り当て、15億円を調達する。",
        ("ソラ物産", "investsIn", "北斗化学"),
        "investsIn.allotted_shares",
    ),
    (
        "北斗化学は南海電機に対し、新株を割り当てる。",
        ("南海電機", "investsIn", "北斗化学"),
        "investsIn.allotted_shares",
    ),
    (
        "南海電機は、保有する北斗化学の全株式を159億円でソラ物産に売り渡した。",
        ("ソラ物産", "investsIn", "北斗化学"),
        "investsIn.stake_passed_to",
    ),
    (
        "南海電機は、保有する北斗化学の全株式を159億円でソラ物産に売り渡した。",
        ("南海電機", "investsIn", "北斗化学"),
        "investsIn.shares_owned",
    ),
    (
        "北斗化学の傘下には、航空運送事業を手がけるソラアビエーションなどもある。",
        ("ソラアビエーション", "subsidiaryOf", "北斗化学"),
        "subsidiaryOf.under_it_are",
    ),
    (
        "北斗HDは、愛知県豊橋市に本社を置く南海コーポレーションについて、2015年11月1日付で株式交換を通じて全株式を手に入れた。",
        ("北斗HD", "acquires", "南海コーポレーション"),
        "acquires.deal_about",
    ),
    (
        "ソラテックは南海電機が主導して立ち上げた生産子会社だ。",
        ("ソラテック", "subsidiaryOf", "南海電機"),
        "subsidiaryOf.founded_by_parent",
    ),
    (
        "ミナト物産が設けた特別目的会社「北斗ホールディングス」が買い付ける。",
        ("北斗ホールディングス", "subsidiaryOf", "ミナト物産"),
        "subsidiaryOf.founded_alone_relative",
    ),
    (
        "北斗化学は第三者割当増資を実施する。南海電機とミナト物産も出資に加わっている。",
        ("南海電機", "investsIn", "北斗化学"),
        "investsIn.joined_funding",
    ),
    (
        "南海電機は、上海には100%子会社の「上海北斗食品工業有限公司」を置き、生産している。",
        ("上海北斗食品工業有限公司", "basedIn", "上海"),
        "basedIn.unit_set_up_there",
    ),
    (
        "北斗化学は、特別目的会社であるSora Japan Holdings LLC(設立地:デラウェア州)を通じて買収する。",
        ("Sora Japan Holdings LLC", "basedIn", "デラウェア州"),
        "basedIn.paren_location",
    ),
    (
        "北斗化学の大株主には、南海電機とミナト物産が各5.9%、ソラ商事5.4%が名を連ねる。",
        ("ソラ商事", "investsIn", "北斗化学"),
        "investsIn.listed_shareholders",
    ),
    (
        "北斗化学は1日、子会社の南海電機(本社:東京都千代田区、藤井重樹社長、NNT)の全株式を手放した。",
        ("藤井重樹", "leads", "南海電機"),
        "nominal.chief_in_gloss",
    ),
    (
        "ソラ物産は、北斗電機とミナト化学が出資する会社だ。",
        ("北斗電機", "investsIn", "ソラ物産"),
        "frame.investsIn.relative",
    ),
    (
        "北斗電機、ソラ化学、南海物産(いずれも大阪市)の3社が経営統合する。",
        ("北斗電機", "basedIn", "大阪市"),
        "basedIn.paren_location",
    ),
    (
        "北斗電機とミナト化学(MK)とが、水ビジネスを担う合弁会社を10月に立ち上げると、ソラ物産が11日に明らかにした。",
        ("北斗電機", "partnersWith", "ミナト化学"),
        "partnersWith.found_together",
    ),
    (
        "北斗電機は、家電子会社のソラ電機ライフ(SEL)がトルコ同業アルチェリクと合弁会社を設立すると発表した。",
        ("ソラ電機ライフ", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.topic_parent",
    ),
    (
        "ソラ物産は、北斗電機の子会社という位置づけになる。",
        ("ソラ物産", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.is_child_of",
    ),
    (
        "北斗重工業のモーターサイクル事業を分社化したソラモータースは、新型車を発表した。",
        ("ソラモータース", "subsidiaryOf", "北斗重工業"),
        "subsidiaryOf.split_off",
    ),
    (
        "「ミナトヅキ」望月聡社長、「ソラ工房」高波文雄社長が登壇した。",
        ("望月聡", "leads", "ミナトヅキ"),
        "nominal.org_person_glued",
    ),
    (
        "右がソラ発動機株式会社 取締役 常務執行役員 渡部 克明。",
        ("渡部克明", "worksFor", "ソラ発動機"),
        "nominal.org_spaced_title",
    ),
    (
        "北斗HDは、南海薬品などを傘下に持つ上場企業で、傘下には航空運送事業を手がける、北斗アビエーションなどもある。",
        ("北斗アビエーション", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.under_it_are",
    ),
    (
        "北斗ホールディングス傘下の「SORA BURGER」(ソラバーガー)を売却する。",
        ("SORA BURGER", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.parent_first",
    ),
    (
        "「ソラフィーナ」ブランドを中核とする北斗電機は好調だ。",
        ("北斗電機", "develops", "ソラフィーナ"),
        "develops.brand_before_maker",
    ),
    (
        "北斗電機は、米医療機器ミナシモからコンシューマーオーディオ部門「ソラユナイテッド」を買い取ることで合意した。",
        ("ソラユナイテッド", "subsidiaryOf", "ミナシモ"),
        "subsidiaryOf.unit_bought_from",
    ),
    (
        "北斗電機は、子会社のソラ電機ライフ(SEL)の株式の80・1%を、中国家電大手のミナト集団(広東省)へ譲り渡すことで合意した。",
        ("ミナト集団", "investsIn", "ソラ電機ライフ"),
        "investsIn.stake_passed_to",
    ),
    (
        "北斗電機は08年以降、ソラ物産からシステムキッチンの製造を受託してきた。",
        ("北斗電機", "supplies", "ソラ物産"),
        "supplies.contracted_by",
    ),
    (
        "北斗電機を株主として抱えるソラ物産は好調だ。",
        ("北斗電機", "investsIn", "ソラ物産"),
        "investsIn.has_as_shareholder",
    ),
    (
        "北斗電機は新会社ソラ物産を設立する。新会社の役員は次の通り。\n▽社長=鈴木次郎",
        ("鈴木次郎", "leads", "ソラ物産"),
        "title.new_company_roster",
    ),
    (
        "北斗電機は新会社ソラ物産を設立する。新会社の役員は次の通り。\n▽取締役=山田英之、板橋好和",
        ("板橋好和", "worksFor", "ソラ物産"),
        "title.officer_new_company_roster",
    ),
    (
        "ソラ物産は、北斗電機を自社グループの一員として迎える。",
        ("北斗電機", "subsidiaryOf", "ソラ物産"),
        "subsidiaryOf.joins_group",
    ),
    (
        "ソラ硝子の株主は、2007年に日本政策投資銀行や投資ファンドのミナトパートナーズへと移っていた。",
        ("ミナトパートナーズ", "investsIn", "ソラ硝子"),
        "investsIn.shareholders_moved_to",
    ),
    (
        "南海電機は、北斗化学と、その子会社であるソラ物産の全株式を取得した。",
        ("ソラ物産", "subsidiaryOf", "北斗化学"),
        "subsidiaryOf.and_its_unit",
    ),
    (
        "北斗製作所は、株式の51%を保有する子会社の北斗建機について、株式を売却する。",
        ("北斗製作所", "investsIn", "北斗建機"),
        "investsIn.stake_held_in_unit",
    ),
    (
        "北斗航空は、水谷久和社長(68)が会長に退き、後任に南海重工常務の丹羽高興氏(62)を充てる人事を発表した。",
        ("丹羽高興", "leads", "北斗航空"),
        "title.successor",
    ),
    (
        "北斗HDの社長には北斗電機の山田一郎社長が、会長には南海化学の佐藤次郎社長がそれぞれ就任した。",
        ("佐藤次郎", "leads", "北斗HD"),
        "nominal.second_post_filled_by",
    ),
    (
        "北斗HD傘下の「南海精機」「東西工業」「西部製作所」は合併する。",
        ("東西工業", "subsidiaryOf", "北斗HD"),
        "subsidiaryOf.parent_first_listed",
    ),
    (
        "北斗電機やその子会社の南海精機が出資する。",
        ("南海精機", "subsidiaryOf", "北斗電機"),
        "subsidiaryOf.and_its_unit",
    ),
    (
        "北斗銀行(本店・青森市、成田一郎頭取)と南海銀行(同、藤沢二郎頭取)は経営統合する。",
        ("南海銀行", "basedIn", "青森市"),
        "basedIn.same_as_before",
    ),
    (
        "北斗商事の山田一郎社長は26日、名古屋市内の本社で開いた会見で発表した。",
        ("北斗商事", "basedIn", "名古屋市"),
        "basedIn.head_office_meeting",
    ),
    (
        "1月下旬には北斗テレビの山田一郎会長と佐藤次郎社長が責任を取って辞任した。",
        ("佐藤次郎", "leads", "北斗テレビ"),
        "nominal.org_second_person",
    ),
    (
        "取締役会議長には北斗電機常務執行役員兼ミナトネットワークCEOのジョン・スミス氏が就く。",
        ("ジョン・スミス", "worksFor", "北斗電機"),
        "nominal.org_title_chain",
    ),
    (
        "北斗電機の筆頭株主は、南海化学の持株会社である東西商事だ。",
        ("南海化学", "subsidiaryOf", "東西商事"),
        "subsidiaryOf.holding_described",
    ),
    (
        "北斗ホールディングスの子会社である北斗物流、南海運輸、東西倉庫が合併する。",
        ("南海運輸", "subsidiaryOf", "北斗ホールディングス"),
        "subsidiaryOf.units_listed",
    ),
    (
        "記者会見で狙いを語る山田社長(ミナト通信)",
        ("山田", "leads", "ミナト通信"),
        "nominal.chief_then_org",
    ),
    (
        "北斗電機は、ミナト物産株の40%を南海商事に譲っていた。",
        ("南海商事", "investsIn", "ミナト物産"),
        "investsIn.stake_passed_to",
    ),
    (
        "北斗商事は現在、南海物産、東西産業とともにミナト電機株の12.75%を共同で保有している。",
        ("北斗商事", "investsIn", "ミナト電機"),
        "investsIn.held_together",
    ),
    (
        "北斗商事は現在、南海物産、東西産業とともにミナト電機株の12.75%を共同で保有している。",
        ("南海物産", "investsIn", "ミナト電機"),
        "investsIn.held_together_with",
    ),
    (
        "北斗電機と南海電機が出資する形で共同持ち株会社「東西フィナンシャルグループ」を新たに設ける。",
        ("南海電機", "investsIn", "東西フィナンシャルグループ"),
        "investsIn.found_with_money",
    ),
]


@pytest.mark.parametrize(
    ("text", "edge", "rule"), RELATION_CASES, ids=[c[2] + ":" + c[1][1] for c in RELATION_CASES]
)
def test_relation_rule(text: str, edge: tuple[str, str, str], rule: str) -> None:
    found = edge_rules(text)
    assert edge in found, f"{edge} not in {sorted(found)}"
    assert any(_same_rule(r, rule) for r in found[edge]), found[edge]


def _same_rule(found: str, expected: str) -> bool:
    """A cue word's edge may come from its case frame (frame.<cue>…) or its slot reading (cue.<cue>…):
    the first rule to find an edge in a sentence is the one recorded."""
    if found.startswith(expected):
        return True
    if expected.startswith("cue."):
        key = expected.split(".")[1]
        return found.split(".")[:2] == ["frame", key]
    return False


def test_every_relation_rule_has_a_sentence() -> None:
    """Each pattern and context rule of relations.yaml is exercised by a case above."""
    from kg.rules import rules

    data = rules("relations")
    ids = {r.id for r in data.patterns} | {r.id for r in data.context.nationality}
    ids |= {r.id for r in data.context.title_without_organisation}
    covered = {case[2] for case in RELATION_CASES}
    # rules kept from the first version whose sentences live in other tests of this file
    assert (
        sorted(
            ids
            - covered
            - {
                "subsidiaryOf.of_previous_topic",
                "title.state_in_sentence",
                "title.state_main_country",
            }
        )
        == []
    )


def test_appointed_post_says_more_than_the_current_title() -> None:
    found = edge_rules("北斗電機は、後任の社長に山田一郎副社長が昇格する人事を発表した。")
    assert found.get(("山田一郎", "leads", "北斗電機")) == ["title.company_in_sentence"]
    found = edge_rules("北斗電機は4月1日付で山田一郎氏が社長に就任すると発表した。")
    assert ("山田一郎", "leads", "北斗電機") in found


@pytest.mark.parametrize(
    "text",
    [
        "北斗電機は株主総会後の取締役会で、川村健二氏(61)を社長に選んだ。",
        "北斗電機は後任の社長に川村健二専務(58歳)を起用する。",
        "北斗電機は新しい社長に川村健二氏を迎える人事を固めた。",
        "北斗電機は来春、社長に川村健二常務を充てる。",
    ],
)
def test_a_person_appointed_as_object_takes_the_post(text: str) -> None:
    # the person is the object (を) of the appointing verb, before or after the post
    assert ("川村健二", "leads", "北斗電機") in edge_rules(text)


def test_a_visitor_welcomed_to_a_place_takes_no_post() -> None:
    found = edge_rules("北斗電機は川村健二首相を本社に迎えた。")
    assert ("川村健二", "leads", "北斗電機") not in found


def test_subsidiary_described_before_another_company_is_not_the_subject() -> None:
    # 北斗電機 is not 南海化学's subsidiary: the phrase describes 東都物産
    found = edge_rules("北斗電機は、南海化学の子会社で部品製造会社の東都物産を買収する。")
    assert ("北斗電機", "subsidiaryOf", "南海化学") not in found
    assert ("北斗電機", "acquires", "東都物産") in found


def test_a_photo_credit_is_not_a_role() -> None:
    """撮影:山田太郎 after a caption names the photographer, not a post at the company before."""
    found = edge_rules("(写真)北斗電機の大金社長 撮影:山田太郎")
    assert not any(s == "山田太郎" for s, _p, _o in found), found
    # a space alone still lets the name follow its post
    found = edge_rules("北斗電機の社長 山田太郎氏は語った。")
    assert any(s == "山田太郎" and o == "北斗電機" for s, _p, o in found), found


def test_a_companys_unit_is_not_the_company() -> None:
    assert ("北斗電機", "acquires", "南海化学") not in edge_rules("北斗電機が南海化学子会社を買収する。")


def test_posts_held_together_take_the_first() -> None:
    from kg.relations.titles import title_book

    assert title_book().last_in("代表取締役会長兼執行役員") in ("会長", "取締役会長", "代表取締役会長")
    assert title_book().last_in("常務執行役員") == "執行役員"


def test_a_means_against_the_cue_is_not_the_cue() -> None:
    assert not any(
        p == "acquires" for _, p, _ in edge_rules("南海化学は、北斗電機を対象にした買収防衛策をやめた。")
    )


def test_a_clause_describing_an_unnamed_agent_keeps_the_topic_out() -> None:
    # the subsidiary does wind power, not 北斗電機
    assert ("北斗電機", "develops", "風力発電") not in edge_rules(
        "北斗電機は風力発電を手がける子会社を上場させる。"
    )


def test_a_partner_after_a_headline_clause_is_not_a_reporter() -> None:
    # two headline clauses: ローソン is the topic of the second, not the partner of the first
    found = edge_rules("セブン-イレブン、米アマゾンとドローン配送で提携 ローソンはKDDIと対抗")
    assert ("ローソン", "partnersWith", "アマゾン・ドット・コム") not in found


def test_phrases_keep_parentheses_with_their_name() -> None:
    from kg.model import ParsedSentence
    from kg.parse import parse_batch
    from kg.read import make_document
    from kg.relations.phrases import build_phrases

    text = "北斗電機(HD、東京都)は12日、新製品を発表した。"
    sent: ParsedSentence = parse_batch([make_document("d", "d", text)])[0].sentences[0]
    first = build_phrases(sent)[0]
    assert text[first.start : first.end] == "北斗電機(HD、東京都)は" and first.case.marker == "は"


def test_a_space_ends_a_phrase() -> None:
    # a headline's space: ニップン and 畑中食品を are two phrases, not one
    from kg.parse import parse_batch
    from kg.read import make_document
    from kg.relations.phrases import build_phrases

    text = "ニップン 畑中食品を子会社化へ 冷食供給体制を増強"
    sent = parse_batch([make_document("d", "d", text)])[0].sentences[0]
    assert [text[p.start : p.end] for p in build_phrases(sent)][:2] == ["ニップン", "畑中食品を"]


def test_topic_of_the_previous_sentence_is_an_unsaid_object() -> None:
    text = (
        "北斗電機は量子コンピューターを開発した。これに対し量子コンピューターは、高速だ。"
        "日本ではすでに、トヨタ自動車や日産自動車などが採用している。"
    )
    assert ("日産自動車", "uses", "量子コンピューター") in edge_rules(text)


def test_causative_is_not_passive() -> None:
    found = edge_rules("公取委によると、グーグルは各社に検索アプリを搭載させ、ホーム画面に置くよう求めた。")
    assert not any(p == "uses" and o == "グーグル" for _, p, o in found)


def test_according_to_is_not_an_agent() -> None:
    found = edge_rules("公取委によると、グーグルは検索アプリを配布させていた。")
    assert not any(s == "公正取引委員会" for s, _, _ in found)


def test_appointment_as_object_of_a_causative() -> None:
    text = (
        "4月1日付で山田一郎副社長(57)を社長兼最高経営責任者(CEO)に昇格させる人事を、北斗電機が16日発表した。"
    )
    assert ("山田一郎", "leads", "北斗電機") in edge_rules(text)


def test_negated_predicate_gives_no_edge() -> None:
    found = edge_rules("北斗電機は南海化学とは組まず、独自に開発する。")
    assert not any(p == "partnersWith" for _, p, _ in found)


def test_nominalised_clause_does_not_take_the_sentence_subject() -> None:
    # the government urges companies to use X: the government does not use it
    found = edge_rules("経済産業省は、各社が量子コンピューターを使うことを奨励した。")
    assert ("経済産業省", "uses", "量子コンピューター") not in found


def test_relation_titles_without_a_recognised_organisation_are_left_alone() -> None:
    # ノースウィンド研究所 is written before the person but not recognised: no guess from context
    found = edge_rules("北斗電機は新製品を発表した。北斗ラボの山田一郎所長は「期待している」と述べた。")
    assert ("山田一郎", "leads", "北斗電機") not in found


def test_state_title_does_not_take_another_persons_country() -> None:
    found = edge_rules("岸田文雄首相は21日、バイデン米大統領と電話で会談した。")
    assert ("ジョー・バイデン", "leads", "米国") in found
    assert ("岸田文雄", "leads", "米国") not in found
    assert ("岸田文雄", "meets", "ジョー・バイデン") in found


def test_nationality_inside_an_organisation_name_is_not_the_persons() -> None:
    found = edge_rules("日本銀行の植田和男総裁は記者会見で慎重な姿勢を示した。")
    assert ("植田和男", "leads", "日本銀行") in found
    assert not any(p == "basedIn" for _, p, _ in found)


def test_partner_object_before_a_field_of_work() -> None:
    found = edge_rules("トヨタ自動車は、出光興産と全固体電池の量産で協業する。")
    assert ("トヨタ自動車", "partnersWith", "出光興産") in found


def test_no_edge_for_purpose_clause() -> None:
    # 〜を採用するよう奨励: the companies urged are not the ones adopting
    found = edge_rules("政府は企業に対し、リチウムイオン電池を採用するよう奨励した。")
    assert not any(p == "uses" for _, p, _ in found)


def test_nationality_prefix_does_not_spread_over_a_list() -> None:
    found = edge_rules("米アップル、ソニー、任天堂は新製品を発表した。")
    assert ("アップル", "basedIn", "米国") in found
    assert ("ソニーグループ", "basedIn", "米国") not in found and ("任天堂", "basedIn", "米国") not in found


def test_no_self_loops_and_no_duplicate_edges() -> None:
    text = (
        "トヨタ自動車はトヨタ自動車と提携した。トヨタ自動車の佐藤恒治社長。"
        "トヨタ自動車の佐藤恒治社長は語った。"
    )
    found = edge_rules(text)
    assert all(s != o for s, _, o in found)
    assert list(found).count(("佐藤恒治", "leads", "トヨタ自動車")) == 1


MENTION_CASES = [
    ("米エヌビディアは決算を発表した。", "エヌビディア", "Company"),
    ("ドイツ銀行は声明を出した。", "ドイツ銀行", "Company"),
    ("北斗電機は新工場を建てる。", "北斗電機", "Company"),
    ("ミライ証券の担当者は語った。", "ミライ証券", "Company"),
    ("金融庁は調査に入った。", "金融庁", "Government"),
    ("公正取引委員会は審査を始めた。", "公正取引委員会", "Government"),
    ("東都大学の研究チームが発表した。", "東都大学", "Organization"),
    ("梁文鋒氏は語った。", "梁文鋒", "Person"),
    ("開発責任者のマリア・ロッシ氏によると、計画は順調だ。", "マリア・ロッシ", "Person"),
    ("同社は新型の全固体電池を量産する。", "全固体電池", "Technology"),
    ("ペルー政府は声明を出した。", "ペルー政府", "Government"),
    ("新製品「ソラリス」の販売を始めた。", "ソラリス", "Technology"),
]


# (sentence, name, type, rule id) for every mention rule of mentions.yaml
MENTION_RULE_CASES = [
    (
        "北斗新報社は、Minato(ミナト・那覇市、砂川哲男代表)の全株式を取得した。",
        "Minato",
        "Company",
        "org.chief_in_gloss_items",
    ),
    (
        "申請代理人には鈴木規央弁護士(西山法律事務所)が選ばれた。",
        "西山法律事務所",
        "Organization",
        "org.professional_firm",
    ),
    (
        "北斗電機は九州大学、新宮相島漁協と研究に加わった。",
        "新宮相島漁協",
        "Organization",
        "org.cooperative",
    ),
    ("中国の「ソラセント」社は出資した。", "ソラセント", "Company", "org.quoted_sha"),
    (
        "ミナトは、J2のFC北浜ソラーレの株式の80%を取得した。",
        "FC北浜ソラーレ",
        "Organization",
        "org.football_club",
    ),
    ("29日、「北斗屋」の鈴木弘治社長が会見した。", "北斗屋", "Company", "org.quoted_with_chief"),
    ("取締役には、二藤部洋(北斗HD社長)が就く。", "二藤部洋", "Person", "person.post_in_own_gloss"),
    ("北斗物流(港区)は増資した。", "港区", "Place", "place.head_office_gloss"),
    ("横浜北斗銀などのミナトFGも統合した。", "横浜北斗銀", "Company", "org.bank_short"),
    ("業界2位の北浜組との差は縮まった。", "北浜組", "Company", "org.contractor_gumi"),
    ("北海道、七十七、四国といった地方銀行53行が参加する。", "七十七", "Company", "list.n_banks"),
    ("記者会見で狙いを語る山田社長(ミナト通信)", "ミナト通信", "Company", "org.after_chief"),
    ("北斗通信は中国で配車事業を手掛ける「南海出行」と組んだ。", "南海出行", "Company", "org.runs_business"),
    (
        "若葉飲料は「紅葉(上海)食品有限公司」を売却する。",
        "紅葉(上海)食品有限公司",
        "Company",
        "org.suffix.company_city_inside",
    ),
    ("東北地方整備局は7日、川辺町に職員を派遣した。", "東北地方整備局", "Government", "gov.regional_office"),
    (
        "カモメ交通の田中一郎社長は抱負を述べた。",
        "カモメ交通",
        "Company",
        "org.suffix.company_common_in_context",
    ),
    ("青空ポートは若葉物流と紅葉電機の折半出資会社だ。", "青空ポート", "Company", "org.is_a_company"),
    ("佐藤氏は30歳でソラエアウエイズへ転籍した。", "ソラエアウエイズ", "Company", "org.joined"),
    (
        "北斗製菓は、稲作を手掛けるミナトライスファームを設立した。",
        "ミナトライスファーム",
        "Company",
        "org.founded_name",
    ),
    ("北斗電機は地元のNPO「ソラの会」と協定を結んだ。", "ソラの会", "Organization", "org.nonprofit_quoted"),
    ("国境なき医師団(MSF)が声明を出した。", "国境なき医師団", "Organization", "org.body_with_acronym"),
    (
        "北斗製薬は「ソラスエット」や「ホシメイト」で知られる。",
        "ホシメイト",
        "Technology",
        "tech.quoted_known_for",
    ),
    (
        "北斗精機(長野県飯田市大休1879、山田一郎社長)は発表した。",
        "飯田市",
        "Place",
        "place.address_with_street",
    ),
    ("北斗自動車は、ミナト米国法人の新社長を発表した。", "ミナト米国法人", "Company", "org.local_unit_name"),
    ("山田一郎氏は福岡市出身、早稲田大政経卒。", "早稲田大", "Organization", "org.university_graduate"),
    ("主要取引先はソラ・スズキ、ミナトワーゲンなど。", "ミナトワーゲン", "Company", "list.trading_partners"),
    ("新会社はミナト広告で、東京都に本社を置く。", "ミナト広告", "Company", "org.new_company_named_copula"),
    (
        "ソラテック(南海発条)は13日、地場企業の東西物産と合弁会社「ミナトシート」を設立した。",
        "ソラテック",
        "Company",
        "org.founds_joint_venture",
    ),
    (
        "北斗電機は、法律事務所のモリソン・アンド・ブラックを起用した。",
        "モリソン・アンド・ブラック",
        "Company",
        "org.and_firm",
    ),
    ("北斗電機はSpace Connectと提携した。", "Space Connect", "Company", "org.cue_object"),
    ("北斗電機は、居酒屋「ソラ八」を買収すると発表した。", "ソラ八", "Company", "org.quoted_cue_object"),
    (
        "北斗組は、グループ会社ソラコー(本社:テキサス州ダラス、社長兼CEO:Tom Hokuto)が買収した。",
        "Tom Hokuto",
        "Person",
        "person.latin_after_post_in_gloss",
    ),
    ("南海化学(本社・北斗県南浜市)と、ソラ物産(同県西浜市)が提携した。", "西浜市", "Place", "place.same_prefecture_gloss"),
    (
        "北斗電機が設立したのは「ミナトウインド」(東京都千代田区)で、資本金は1千万円。",
        "ミナトウインド",
        "Company",
        "org.founded_cleft",
    ),
    ("北斗電機は新工場を建てる。", "北斗電機", "Company", "org.suffix.company"),
    ("北斗電機は東京都内に工場を持つ。", "東京都", "Place", "place.area_inside"),
    ("4社は「ミナト航空協議会」を設立した。", "ミナト航空協議会", "Organization", "org.quoted_body"),
    ("北朝鮮のハッカー集団「ソラ」が関与した。", "ソラ", "Organization", "org.described_body"),
    (
        "ハイデルベルクに本社を置く北斗電機は出資を受けた。",
        "ハイデルベルク",
        "Place",
        "place.head_office_site",
    ),
    ("北斗自動車は「ソラキャスト」技術を導入した。", "ソラキャスト", "Technology", "tech.quoted_kind_after"),
    ("ミナト エナジーは電池を供給する。", "ミナト エナジー", "Company", "org.suffix.company"),
    ("北斗電機は高橋工業所に出資した。", "高橋工業所", "Company", "org.suffix.company"),
    ("南海化成は新工場を建てる。", "南海化成", "Company", "org.suffix.company"),
    ("新会社はミナト・ロジと名付け、4月に営業を始める。", "ミナト・ロジ", "Company", "org.named_new_company"),
    (
        "合弁会社の名称は、ミナト・コンストラクション・サービス。",
        "ミナト・コンストラクション・サービス",
        "Company",
        "org.named_new_company_alone",
    ),
    ("県と沿線3市(北浜、南台、東岡)が出資した。", "南台", "Place", "list.counted_in_parentheses"),
    (
        "米国のNorthwind Holdings Inc.は新たなチップを発表し、日本市場への参入を決めた。",
        "Northwind Holdings Inc.",
        "Company",
        "org.suffix.latin_company",
    ),
    ("米バイオ企業シージェンは上場した。", "シージェン", "Company", "org.apposition_name"),
    ("北斗化学は、米製薬大手ナバロの傘下で塗料を手がける子会社を買収すると発表した。", "ナバロ", "Company", "org.parent_of"),
    (
        "北斗化学は、独化学大手の子会社、ショルツ・コーティングスを買収すると発表した。",
        "ショルツ・コーティングス",
        "Company",
        "org.apposition_name",
    ),
    ("白樺が実施する第三者割当増資の新株を北斗化学が引き受ける。", "白樺", "Company", "org.share_issuer"),
    ("17年には米国のダン・ソラズを約687億円で傘下に収めた。", "ダン・ソラズ", "Company", "org.cue_object"),
    ("23年2月にはイタリアのソラテラを相次いで傘下に収めた。", "ソラテラ", "Company", "org.cue_object"),
    ("歯科材料メーカーの白鷺(本社:京都市)は6日、発表した。", "白鷺", "Company", "org.headquarters_named"),
    ("女性用下着を通販で売る青葉(京都市)を、ソラメディカルが子会社に収めた。", "青葉", "Company", "org.headquarters_common_word"),
    (
        "委託先は、飲食店を手がける「後コーポレーション」(本社:東京都目黒区)だ。",
        "後コーポレーション",
        "Company",
        "org.suffix.company",
    ),
    ("副会頭を岩城治美(㈱ソラシン会長)が務める。", "ソラシン", "Company", "org.legal_form_before"),
    ("事業会社の北斗交通では、山田英明取締役が社長に昇格する。", "北斗交通", "Company", "org.subsidiary_name"),
    ("北斗電機は現地法人としてソラ北斗USAを設けた。", "ソラ北斗USA", "Company", "org.founded_as_unit"),
    ("東邦テック(9999・S)は、機械警備に乗り出すために設けられた会社だ。", "東邦テック", "Company", "org.listed_in_gloss"),
    ("北斗HDは、介護事業を営むさくら(東京都港区)を傘下に置く。", "さくら", "Company", "org.headquarters_kana"),
    (
        "北斗HDは、介護事業を営むさくら(東京都港区)と、検査事業を担うソラみのり(同)を傘下に置く。",
        "ソラみのり",
        "Company",
        "org.headquarters_same",
    ),
    ("北斗アグリ(岡山市中区、司馬アリ社長)と南海農機は18日、提携した。", "司馬アリ", "Person", "person.chief_in_gloss"),
    (
        "(写真左から)山田 一浩(北斗グループ 代表取締役社長)、川田 啓介(ソラキャピタル シニアバイスプレジデント)",
        "川田啓介",
        "Person",
        "person.spaced_name_with_post",
    ),
    ("バス会社を傘下に抱えるごえんホールディングスが上場した。", "ごえんホールディングス", "Company", "org.suffix.company"),
    ("香港のゲーム大手Sola Pixel Dreamのグループ会社であるSola International Holdingsと提携する。",
     "Sola Pixel Dream", "Company", "org.apposition_name"),
    ("Solara CEOの山田一郎氏は述べた。", "Solara", "Company", "org.latin_before_post"),
    ("北斗電機は、スウェーデンのソラリオ・エンターテインメントを、ドイツ子会社を通じてグループ会社に組み入れる。",
     "ソラリオ・エンターテインメント", "Company", "org.dotted_company_parts"),
    ("準備室長:山田 一郎[北斗インディア 取締役副社長(製造)]", "山田一郎", "Person", "person.after_title"),
    ("北斗電機は、ソラ‐マート・ジャパンと提携した。", "ソラ‐マート・ジャパン", "Company", "org.cue_object"),
    ("北斗電機は、鉄鋼メーカーSORA株を追加で取得する。", "SORA", "Company", "org.apposition_name"),
    (
        "ソラ物産は、連結子会社の南海シンガポールが全額を出資して「北斗ベトナム(仮)」を立ち上げる。",
        "北斗ベトナム",
        "Company",
        "org.quoted_founded",
    ),
    ("北斗電機は、山本商店を買収した。", "山本商店", "Company", "org.shop_name"),
    (
        "2016年4月にソラフォージユーエスエイ社長、18年4月に北斗電機参与。",
        "ソラフォージユーエスエイ",
        "Company",
        "org.title_apposition",
    ),
    (
        "北斗地域大震災復興支援投資事業有限責任組合が出資した。",
        "北斗地域大震災復興支援投資事業有限責任組合",
        "Organization",
        "org.named_fund",
    ),
    (
        "北斗電機の合弁相手である南海来福照明集団が出資する。",
        "南海来福照明集団",
        "Company",
        "org.chinese_group_in_context",
    ),
    (
        "新会社の名前は「ソラサーマル・タイ(仮称)」で、設立は9月の予定だ。",
        "ソラサーマル・タイ",
        "Company",
        "org.described_quoted",
    ),
    ("ソラスGmbH(「ソラス」)は特許の協力を広げる。", "ソラスGmbH", "Company", "org.kana_latin_legal_form"),
    (
        "北斗電力は、中古パソコンの買い取りを手がける「ソラテック」(大阪市北区)を完全子会社にする。",
        "ソラテック",
        "Company",
        "org.headquarters_quoted",
    ),
    (
        "対象となるのは「ほくとジョイライフ」(大阪市北区)と「ほくとライフサポート」(大阪府枚方市)の2社だ。",
        "ほくとジョイライフ",
        "Company",
        "org.headquarters_quoted",
    ),
    # a Chinese city right after its province
    ("北斗電機は合弁会社を江西省新余市に立ち上げる。", "新余市", "Place", "place.city_after_province"),
    # a company's name given without quotes after 社名は
    ("新会社は6月中旬に設立される見込みで、社名はソラ・フィリピンズ。", "ソラ・フィリピンズ", "Company", "org.named_unquoted"),
    # each thing of a list a making verb's relative clause describes
    ("北斗電機が開発した液晶ディスプレイやビジネスプロジェクター、デジタルシネマは評価が高い。", "デジタルシネマ", "Technology",
     "tech.made_thing"),
    # a name whose gloss is the market it is listed on
    ("衣装ケースで名を知られるプラスチック加工会社、天竜(東証1部上場)で、反乱劇が起きた。", "天竜", "Company",
     "org.listed_in_gloss"),
    # an agency's form (企画) after a proper name
    ("その業務を請け負ったのが、ジェイアール北斗企画(jeki)だ。", "ジェイアール北斗企画", "Company", "org.suffix.company_common"),
    # a deal party after its country's の
    ("生成AIでは、カナダのミルテアが大手企業との提携を急いでいる。", "ミルテア", "Company", "org.deal_party"),
    # a hiragana lead Sudachi cuts into pieces, the whole of a quote
    ("両社は新会社「みどり製糖」を立ち上げる。", "みどり製糖", "Company", "org.suffix.company"),
    # a Chinese trading company's form (商貿), no person's name
    ("式では東創商貿の山田一郎董事長があいさつした。", "東創商貿", "Company", "org.suffix.company"),
    # a longer name before the parenthesised country
    ("相手は、ミナト方便食品投資(中国)有限公司(天津市)だ。", "ミナト方便食品投資(中国)有限公司", "Company",
     "org.suffix.company_city_inside"),
    # a kanji name ending in 社 before its chief
    ("一方、買収劇に加わった緑風社の福田一郎社長は語った。", "緑風社", "Company", "org.sha_of_chief"),
    # a sugar maker's form after a surname: a company, no person
    ("北斗電機は、西山製糖所と南部精糖を傘下に持つ。", "西山製糖所", "Company", "org.suffix.company"),
    # quoted names one after another before the kind of work they are
    ("南海化学は、『ソラの海』『星の森』などのタイトルを抱える。", "星の森", "Technology", "tech.quoted_titles"),
    # a Chinese unit named with its country in parentheses, then its line of business
    ("北斗電機の中国法人である北斗(中国)投資が20%を出資する。", "北斗(中国)投資", "Company", "org.suffix.company_city_inside"),
    # a katakana name with the Latin code of the region it serves: a unit, not the country
    ("北斗電機は、ソラUSAの運営する施設を譲り受ける。", "ソラUSA", "Company", "org.regional_unit"),
    # a dealer named for its place and its maker (自販: car sales)
    ("南海化学は、高岡ソラ自販を吸収合併する。", "高岡ソラ自販", "Company", "org.suffix.company_common"),
    ("北斗電機は韓国ソラトランと提携した。", "ソラトラン", "Company", "org.nationality_prefix"),
    ("ソラテルのジュリアンCEOは語った。", "ソラテル", "Company", "org.of_named_chief"),
    (
        "北斗HDは、スイスのソラコーヒー(ジュネーブ)を買収する。",
        "ソラコーヒー",
        "Company",
        "org.headquarters_foreign_city",
    ),
    # a region glued after Latin letters is a company's unit's name, no region
    (
        "受け皿は、子会社として立ち上げたHKDヨーロッパ(ロンドン)だ。",
        "HKDヨーロッパ",
        "Company",
        "org.headquarters_foreign_city",
    ),
    # a Latin name in parentheses after kanji Sudachi does not know as a name: the kanji is the name
    (
        "北斗電機は、台湾の広告大手である星威伝媒(Sora Media)の株式を取得した。",
        "星威伝媒",
        "Company",
        "org.described_proper",
    ),
    (
        "北斗電機は、脳波を使ったコミュニケーションツール「soramimi(ソラミミ)」を開発した。",
        "soramimi",
        "Technology",
        "tech.quoted_product",
    ),
    # a word Sudachi reads as an action (アース, to ground) names the company whose president follows
    ("会見で、アースの山田一郎社長は振り返った。", "アース", "Company", "org.of_named_chief"),
    # a place's word opening a name of dotted words, the object of 買い取る (its last part, プロダクツ, is a
    # company's: the form rule finds it before the deal does)
    (
        "北斗電機は13年にミャンマーのミャンマー・ケア・プロダクツを買い取った。",
        "ミャンマー・ケア・プロダクツ",
        "Company",
        "org.dotted_company_parts",
    ),
    ("北斗ストアは地元スーパーの「日の出屋」を買収した。", "日の出屋", "Company", "org.described_quoted"),
    ("1934年には両者の共同出資で「ソラ合金工具」が設立された。", "ソラ合金工具", "Company", "org.quoted_founded"),
    (
        "北斗電機は、中国最大の光ファイバーメーカーであるミナト・オプティカル・ファイバー・アンド・ケーブル・ジョイント・ストック"
        "と合意した。",
        "ミナト・オプティカル・ファイバー・アンド・ケーブル・ジョイント・ストック",
        "Company",
        "org.and_firm",
    ),
    ("北斗電機は、中堅工作機械メーカーのTAKIXを傘下に入れた。", "TAKIX", "Company", "org.described_proper"),
    ("内田裕之副社長がCTOに、権田与志広副社長がCFOにそれぞれ就任した。", "権田与志広", "Person", "person.title"),
    ("音楽教室を営む松木屋(本社福井県福井市日之出5丁目、諸治郁子社長)は、事業を譲渡する。", "松木屋", "Company", "org.headquarters"),
    ("北斗電工は、ドイツの送電事業者・ソラプリオン社から受注した。", "ソラプリオン", "Company", "org.suffix.sha"),
    (
        "ソラは米国で製品を扱う11 Trading Companyの親会社だ。",
        "11 Trading Company",
        "Company",
        "org.suffix.latin_company",
    ),
    ("北斗電機の米国法人、ソラ・アメリカは好調だ。", "ソラ・アメリカ", "Company", "org.apposition_name"),
    (
        "北斗電機はMinato Marine Services (Thailand) Co., Ltd.を通じて出荷する。",
        "Minato Marine Services (Thailand) Co., Ltd.",
        "Company",
        "org.suffix.latin_legal_form",
    ),
    ("ミナトールの山本一郎社長は増産を決めた。", "ミナトール", "Company", "org.of_named_chief"),
    ("ソラ宇宙株式会社は増資した。", "ソラ宇宙", "Company", "org.legal_form_after"),
    ("北斗電機は株式会社ソラ宇宙に出資した。", "ソラ宇宙", "Company", "org.legal_form_before"),
    ("医薬品卸の(株)ほくやくは北斗電機と提携した。", "ほくやく", "Company", "org.legal_form_before_kana"),
    ("北斗電機は北浜空港の運営権を得た。", "北浜空港", "Place", "place.airport"),
    ("北斗電機(横浜市)とソラテック(同)が協定を結んだ。", "ソラテック", "Company", "org.headquarters_same"),
    ("家電量販店のソラックスも再建を進めた。", "ソラックス", "Company", "org.sector_leader"),
    ("自動車総連の山田一郎会長は述べた。", "自動車総連", "Organization", "org.body_of_person"),
    ("学校法人北斗学園は、北斗電機と連携した。", "北斗学園", "Organization", "org.nonprofit_form"),
    ("北斗電機は松江、米子両市で催しを開く。", "米子", "Place", "list.both_places"),
    # the holders a clause of holding a stake describes
    (
        "ミナトルの株式の79%を握るソラテルとホシハムは、応じる。",
        "ホシハム",
        "Company",
        "list.holders_described",
    ),
    ("宅配大手のソラリンクが値上げを発表した。", "ソラリンク", "Company", "org.sector_leader"),
    ("東京に本社を置く新興企業のミナトAIラボは上場した。", "ミナトAIラボ", "Company", "org.described_name"),
    ("日立製作所傘下の日立ミナトアークは増産する。", "日立ミナトアーク", "Company", "org.subsidiary_name"),
    ("北斗電機はミドリ繊維(山田花子社長)を買収する。", "ミドリ繊維", "Company", "org.chief_in_parentheses"),
    ("北斗電機はフラマトンに出資した。", "フラマトン", "Company", "org.cue_object"),
    ("米シージェンは上場した。", "シージェン", "Company", "org.nationality_prefix"),
    ("海洋資源省は声明を出した。", "海洋資源省", "Government", "gov.ministry"),
    ("原子力安全委員会は審査した。", "原子力安全委員会", "Government", "gov.committee"),
    ("ペルー中央銀行は利上げした。", "ペルー中央銀行", "Government", "gov.central_bank"),
    ("東都大学の研究チームが発表した。", "東都大学", "Organization", "org.research"),
    ("同社は新型の全固体電池を量産する。", "全固体電池", "Technology", "lexicon.technologies"),
    ("北浜先端科学技術大学院大は研究を始めた。", "北浜先端科学技術大学院大", "Organization", "org.research"),
    ("同社は次世代の光量子チップを量産する。", "光量子チップ", "Technology", "tech.suffix"),
    ("北斗電子は多層プリント基板と丸形コネクタを生産する。", "多層プリント基板", "Technology", "tech.suffix"),
    ("新製品「ソラリス」の販売を始めた。", "ソラリス", "Technology", "tech.quoted_product"),
    ("北斗電機は「ソラリス」を開発した。", "ソラリス", "Technology", "tech.quoted_object"),
    ("北斗電機は自社開発の『ホクト1』を使う。", "ホクト1", "Technology", "tech.quoted_own"),
    ("北斗電機は、米医療機器ミナシモから事業を買った。", "ミナシモ", "Company", "org.apposition_name"),
    (
        "北斗電機はオーディオ部門「ソラユナイテッド」を買い取る。",
        "ソラユナイテッド",
        "Company",
        "org.described_quoted",
    ),
    ("北斗自動車はEVの「ソラ7」を発売した。", "ソラ7", "Technology", "tech.quoted_category_of"),
    ("北斗電機が開発した「ソラ」は好調だ。", "ソラ", "Technology", "tech.quoted_made"),
    ("北斗製菓は「ホシグミ」ブランドを育ててきた。", "ホシグミ", "Technology", "tech.quoted_brand"),
    ("ブータン政府は声明を出した。", "ブータン政府", "Government", "gov.country_government"),
    ("梁文鋒氏は語った。", "梁文鋒", "Person", "person.title"),
    ("北斗電機の大洋州本部長池史彦常務が出席した。", "池史彦", "Person", "person.title"),
    ("大和ガスは料金を値上げした。", "大和ガス", "Company", "org.suffix.company_common"),
    ("同社は菓子専業卸「ミナト堂」を通じて販売する。", "ミナト堂", "Company", "org.described_quoted"),
    ("ミナトワークス(大阪市)は増産する。", "ミナトワークス", "Company", "org.headquarters"),
    ("首都圏では、わかばや(東京都立川市)が伸びた。", "わかばや", "Company", "org.headquarters_kana"),
    (
        "うどん店を展開する星さん(北浜市、田中一郎社長)を買収する。",
        "星さん",
        "Company",
        "org.headquarters_mixed_kana",
    ),
    (
        "県は「ミナトテクノロジーズ.デベロップメント」(神奈川県秦野市)を誘致した。",
        "ミナトテクノロジーズ.デベロップメント",
        "Company",
        "org.headquarters_quoted",
    ),
    ("ソラテック(本社=横浜市)は上場した。", "ソラテック", "Company", "org.headquarters_named"),
    ("ミクニの子会社が工場を建てる。", "ミクニ", "Company", "org.parent_of"),
    ("ミクニの社長に山本一郎氏が就いた。", "ミクニ", "Company", "org.of_title"),
    ("北斗電機が出資するミナトラボが上場した。", "ミナトラボ", "Company", "org.invested"),
    ("中国家電大手の北斗集団は日本に進出する。", "北斗集団", "Company", "org.chinese_group_in_context"),
    ("出資比率は、北斗電機が40%、第二実業が6.0%となる。", "第二実業", "Company", "org.stake_holder"),
    (
        "ミナト商会は、北斗製鉄が保有するソラアントラーズ株の61.6%を取得する。",
        "ソラアントラーズ",
        "Company",
        "org.shares_of",
    ),
    ("ミクニはミナト文具を買収した。", "ミクニ", "Company", "org.deal_subject"),
    ("セイランは9日、北斗自動車と提携した。", "セイラン", "Company", "org.dated_deal_subject"),
    ("トヨタ準備は1月14日、朝霧化学に対する公開買付けを開始。", "トヨタ準備", "Company", "org.deal_subject"),
    ("東雲テックは第三者割当増資で8億円を調達した。", "東雲テック", "Company", "org.funding_subject"),
    ("朝霧堂はカゲロウ・ミナトなどから3億円を調達した。", "カゲロウ・ミナト", "Company", "org.funder"),
    ("引受先はアサギリ・パートナーなど。", "アサギリ・パートナー", "Company", "org.round_investor"),
    # a Latin name the deal is with is a company (NER reads some as a government)
    ("Qホールディングスは、LINEと経営統合した。", "LINE", "Company", "org.cue_object"),
    # a proper noun that partners is a company (its list's other member is typed with it)
    ("光文舎と大和測器は自動車試験機の事業で提携する。", "大和測器", "Company", "org.deal_subject"),
    ("「ソラ」の開発元であるミナトソフトは上場した。", "ミナトソフト", "Company", "org.developer_of"),
    ("中国電池大手の国軒(GOTION)は増産する。", "国軒", "Company", "org.described_paren_alias"),
    ("北斗電機はエルピーダを統合した。", "エルピーダ", "Company", "org.merged"),
    ("ヒロセの検査装置が採用された。", "ヒロセ", "Company", "org.maker_of"),
    ("ミナトラボは米ナスダック市場に上場した。", "ナスダック", "Organization", "org.listed_on"),
    ("菓子メーカーの南池屋は販売を休止した。", "南池屋", "Company", "org.described_proper"),
    ("松本健太・前ミクニ取締役が就任する。", "ミクニ", "Company", "org.title_apposition"),
    ("NPO法人「森のひろば」が活動している。", "森のひろば", "Organization", "org.nonprofit"),
    ("山田太郎選手(ミナトFC)が得点した。", "ミナトFC", "Organization", "org.team_of_player"),
    ("試合は北浜シーガルズが勝った。", "北浜シーガルズ", "Organization", "org.sports_team"),
    ("日本保守党は候補者を擁立した。", "日本保守党", "Organization", "org.party"),
    ("東海日報によると、市長選は接戦だった。", "東海日報", "Organization", "org.media"),
    ("日本記者クラブ主催の討論会が開かれた。", "日本記者クラブ", "Organization", "org.body_suffix"),
    ("横綱の大鳴海が勝った。", "大鳴海", "Person", "person.sumo_rank"),
    ("北斗製紙(本社・東京、若林賴房社長)は増資した。", "若林賴房", "Person", "person.chief_in_gloss"),
    ("科学技術政策局のジョン・スミス局長が来日した。", "科学技術政策局", "Government", "gov.bureau"),
    ("海沢県警は男を逮捕した。", "海沢県警", "Government", "gov.police"),
    ("在大阪ラトビア総領事館は声明を出した。", "在大阪ラトビア総領事館", "Government", "gov.mission"),
    ("北浜市議会は補正予算案を可決した。", "北浜市議会", "Government", "gov.assembly"),
    # (a name Sudachi reads as kanji names is person.after_title's: 社長:川村 健二)
    ("白浜精機(本社:大阪市、社長:北斗 一郎)は発表した。", "北斗一郎", "Person", "person.chief_after_colon"),
    ("新生民主、国民改革両党は推薦を決めた。", "国民改革", "Organization", "list.parties"),
    ("北浜総合病院の山川一郎院長は謝罪した。", "北浜総合病院", "Organization", "org.institution"),
    ("ベトナム沿岸警備隊は監視を強めた。", "ベトナム沿岸警備隊", "Government", "gov.forces"),
    ("航空自衛隊は訓練を行った。", "航空自衛隊", "Government", "gov.self_defense_forces"),
    ("北浜市交通局は新型車両を導入する。", "北浜市交通局", "Government", "gov.public_agency"),
    ("北陽地裁は判決を言い渡した。", "北陽地裁", "Government", "gov.court"),
    ("北浜市長選で新人が当選した。", "北浜市", "Place", "place.municipality"),
    ("北斗電機の洗浄/乾燥装置が採用された。", "洗浄/乾燥装置", "Technology", "tech.equipment_pair"),
    ("北斗電機はフォトニクスといった技術を持つ。", "フォトニクス", "Technology", "tech.such_as"),
    ("北斗電機は次世代パワーデバイスを開発する。", "パワーデバイス", "Technology", "tech.next_generation"),
    ("北斗電機はSRAM事業を拡大する。", "SRAM", "Technology", "tech.acronym_in_context"),
    ("ミナト、ソラテック、ホクトの3社が出資した。", "ソラテック", "Company", "list.n_companies"),
    ("北斗重工業から分社化したソラモータースは好調だ。", "ソラモータース", "Company", "org.invested"),
    ("北斗電機取締役の隅田和代氏が説明した。", "隅田和代", "Person", "person.after_title"),
    (
        "「ミナトヅキ」望月聡社長、「ソラ工房」高波文雄社長が登壇した。",
        "ミナトヅキ",
        "Company",
        "org.quoted_before_chief",
    ),
    (
        "東京都内で廃棄物処理業を営むソラ環境開発と提携した。",
        "ソラ環境開発",
        "Company",
        "org.runs_business_unquoted",
    ),
    ("紡績事業は、曙光(大阪市茨木市)が受け継ぐ。", "曙光", "Company", "org.headquarters_common_word"),
    (
        "南海電機(東京)と「みなとコミュニケーションズ」(同)は14日、共同で記者会見を開いた。",
        "みなとコミュニケーションズ",
        "Company",
        "org.headquarters_same",
    ),
    (
        "北斗キャピタルが運用する宇宙ソラ2号ファンドが出資した。",
        "宇宙ソラ2号ファンド",
        "Organization",
        "org.named_fund",
    ),
    (
        "北斗創生ファンドは、独立系投資会社の南海キャピタルが運営する。",
        "北斗創生ファンド",
        "Organization",
        "org.named_fund",
    ),
    ("中間持ち株会社の阪北が、傘下の北斗オアシスを吸収合併する。", "阪北", "Company", "org.unit_kanji_name"),
    (
        "通信販売などを手がける歯北メディカルで、譲渡価格は41億円だった。",
        "歯北メディカル",
        "Company",
        "org.runs_business_unquoted",
    ),
    (
        "ミナトHDは、回転ずし「ほし寿司」も手がける。",
        "ほし寿司",
        "Technology",
        "tech.quoted_line_of_business",
    ),
    (
        "北斗はシェアサイクル事業「ソラチャリ」から撤退する。",
        "ソラチャリ",
        "Technology",
        "tech.quoted_line_of_business",
    ),
    (
        "北斗は、学習塾「ソラゼミナール」などを手がける南海を買収した。",
        "ソラゼミナール",
        "Technology",
        "tech.quoted_lines_run",
    ),
    (
        "南海電機は、盛岡市の「北斗建設」(中村康彦社長)の株式をすべて取得した。",
        "北斗建設",
        "Company",
        "org.quoted_chief_gloss",
    ),
    (
        "南海電機は15日の取締役会で、北斗都市開発(HTK)の株式を取得して子会社とすることを決めた。",
        "北斗都市開発",
        "Company",
        "org.deal_with_acronym",
    ),
    (
        "北斗化学は、ソラ社(ポーランド ソラビツェ)を買収した。",
        "ソラビツェ",
        "Place",
        "place.city_after_country",
    ),
    ("▽所在地=ドイツ・ミナトベルク▽株主=ソラ・50%", "ミナトベルク", "Place", "place.city_after_country"),
    (
        "ソラ社はスイス北西部ラソラフォンにある非上場の企業。",
        "ラソラフォン",
        "Place",
        "place.city_in_part_of_country",
    ),
    (
        "北斗化学の傘下には、航空運送事業を手がけるソラアビエーションなどもある。",
        "ソラアビエーション",
        "Company",
        "org.runs_business_unquoted",
    ),
    (
        "ソラは、回収代行サービスを営むJ.B.W. GROUP LIMITEDを取得済みだ。",
        "J.B.W. GROUP LIMITED",
        "Company",
        "org.suffix.latin_legal_form",
    ),
    (
        "持ち株会社SORA Holdco 2016 Limited(ロンドン)については株式65.0%を買い取る。",
        "SORA Holdco 2016 Limited",
        "Company",
        "org.suffix.latin_legal_form",
    ),
    (
        "南海電機(東京)と「ミナトコミュニケーションズ」(同)は14日、共同で記者会見を開いた。",
        "ミナトコミュニケーションズ",
        "Company",
        "org.headquarters_same",
    ),
    ("パチンコ業界で首位のナゴミは、創業60周年を迎えた。", "ナゴミ", "Company", "org.sector_leader"),
    ("スーパー業界2位のハレルヤは、創業60周年を迎えた。", "ハレルヤ", "Company", "org.sector_leader"),
    (
        "北斗化学は、中堅出版社の一鷹社について、全株式を取得して完全子会社とする方針を明らかにした。",
        "一鷹社",
        "Company",
        "org.described_kanji_sha",
    ),
    (
        "南海電機は、老舗書店「旭見屋書店」を買収するため協議を始めた。",
        "旭見屋書店",
        "Company",
        "org.described_quoted",
    ),
    ("南海電機が出版取次「浪花屋」に資金を投じる。", "浪花屋", "Company", "org.described_quoted"),
    (
        "北斗化学が、染色大手で東証2部上場の倉橋精練に対してTOBに乗り出す。",
        "倉橋精練",
        "Company",
        "org.listed_described",
    ),
    (
        "ソラ繊維はグループ会社のソラボウ繊維が撚糸を手がける。",
        "ソラボウ繊維",
        "Company",
        "org.sector_leader",
    ),
    (
        "事業は、北斗化学が製造子会社のCOTEX(岡山県倉敷市)を通じて受け継ぐ。",
        "COTEX",
        "Company",
        "org.headquarters",
    ),
    (
        "グループ会社のMG、ソラ・ビルド、MG建設、ユナイテッドミナト、ジャバ、トポスエンタープライズの6社も同じ日付で申請した。",
        "ソラ・ビルド",
        "Company",
        "list.n_companies",
    ),
    (
        "グループ会社のMG、ソラ・ビルド、MG建設、ユナイテッドミナト、ジャバ、トポスエンタープライズの6社も同じ日付で申請した。",
        "MG建設",
        "Company",
        "list.n_companies",
    ),
    (
        "居酒屋「ソラ太郎」や焼肉「ホシ角」などを展開する北斗フーズが発表した。",
        "ソラ太郎",
        "Technology",
        "tech.quoted_lines_run",
    ),
    (
        "北斗製菓は「ソラッカーズ」で名高い。",
        "ソラッカーズ",
        "Technology",
        "tech.quoted_known_for",
    ),
    ("北斗電機は、ソラマチ傘下の結婚紹介サービスを買収した。", "ソラマチ", "Company", "org.parent_of_units"),
    (
        "ソラポート社は、紋別空港ビル、中標津空港ビルの株式を取得した。",
        "中標津空港ビル",
        "Company",
        "org.deal_party",
    ),
    (
        "ベトナム側から合弁会社に参加するのは、政府系の投資会社のほか、Sora Group、Hai Minh、Elcomの各社で、"
        "日本側からは7社が加わる。",
        "Hai Minh",
        "Company",
        "list.n_companies",
    ),
    (
        "北斗タクシー株式会社(京都市伏見区下鳥羽東芹川町、永井博社長)は発表した。",
        "京都市伏見区",
        "Place",
        "place.sudachi_place",
    ),
    (
        "南海電機は、管理会社であるGreen Harbor Building Maintenance(GHB社)の株式を取得した。",
        "Green Harbor Building Maintenance",
        "Company",
        "org.described_proper",
    ),
    (
        "南海電機は(株)みなと木材商店(すさみ町)を買収した。",
        "みなと木材商店",
        "Company",
        "org.legal_form_before_kana",
    ),
    ("北斗本社(那覇市、松本眞一社長)は増資した。", "北斗本社", "Company", "org.kanji_chief_in_gloss_items"),
    ("北斗電機(東京・港)は南海化学を買収した。", "東京・港", "Place", "place.tokyo_one_letter_ward"),
    ("「北斗社」を中核とする南海ホールディングスは増収だった。", "北斗社", "Company", "org.quoted_kanji_sha"),
    (
        "出資比率は、北斗環境エンジニアリング25%、近畿工業75%となっている。",
        "北斗環境エンジニアリング",
        "Company",
        "org.stake_list_glued",
    ),
    ("北斗電機がすずらん(東京都中央区)を子会社にする。", "すずらん", "Company", "org.headquarters_kana"),
    ("豊田通商は、Aero Edge株式会社に出資した。", "Aero Edge", "Company", "org.legal_form_after"),
    ("ハルノとカナタという2つの制作会社が合併した。", "カナタ", "Company", "list.n_companies"),
    ("南海化学は2007年、オオトリ傘下で再建を進めた。", "オオトリ", "Company", "org.parent_of"),
    (
        "北斗HDの100%子会社であるソラ技術研究所が開発した。",
        "ソラ技術研究所",
        "Company",
        "org.institute_as_subsidiary",
    ),
    ("茨城県境町、ソラネクスト、ミナト館の3者は協定を結んだ。", "ソラネクスト", "Company", "list.n_parties"),
    ("北斗化粧品は7月、「ルミエール」の販売を始めた。", "ルミエール", "Technology", "tech.quoted_name"),
    ("現職の山田太郎氏=北斗・南海推薦=が当選した。", "南海", "Organization", "list.endorsements"),
    ("県が造成した北浜市南台町の土地を買う。", "南台町", "Place", "place.sub_municipality"),
    ("国際捕鯨機関は規制を強化した。", "国際捕鯨機関", "Organization", "org.international_body"),
    ("ミナト商事(本社=ポルトアレグレ)は増資した。", "ポルトアレグレ", "Place", "place.headquarters"),
    ("本社は大阪・北浜にある。", "北浜", "Place", "place.district"),
    ("米ノースタイヤ(オハイオ州ミドルタウン)は増産する。", "ミドルタウン", "Place", "place.foreign_city"),
    ("米ノースゲート・ダイナミクス社は発表した。", "ノースゲート・ダイナミクス", "Company", "org.suffix.sha"),
    ("会長で北浜みなと鉄道の前社長は語った。", "北浜みなと鉄道", "Company", "org.suffix.kana_stem"),
    (
        "北斗銀行はフィリピンの大手銀セキュリティバンクに出資した。",
        "セキュリティバンク",
        "Company",
        "org.apposition_name",
    ),
    ("北斗電機はQPRと業務提携した。", "QPR", "Company", "org.partner_acronym"),
    ("北斗電機とASTは、2020年にパートナーシップを結んだ。", "AST", "Company", "org.partner_acronym_listed"),
    ("北斗物産は蘭MINATO BV社に出資した。", "MINATO BV", "Company", "org.suffix.sha"),
    (
        "北斗物産は独立行政法人北海資源開発機構と組む。",
        "北海資源開発機構",
        "Organization",
        "org.research",
    ),
    ("南海社の宇宙船「ホシドラゴン」が到着した。", "ホシドラゴン", "Technology", "tech.quoted_product"),
    ("北斗電機は米オハイオ州ミドルタウンに拠点を持つ。", "ミドルタウン", "Place", "place.city_after_state"),
    ("事業はロシア極東カムチャツカ州で進む。", "カムチャツカ州", "Place", "place.region_of_country"),
    ("米南海ソフトウエア社のジョン・スミス社長が来日した。", "南海ソフトウエア", "Company", "org.suffix.sha"),
    (
        "「ホシリンク」は米ミナト社が提供する衛星通信サービスだ。",
        "ホシリンク",
        "Technology",
        "tech.quoted_is_product",
    ),
    ("宇宙船は米ミナト社製の「ホシドラゴン」だった。", "ホシドラゴン", "Technology", "tech.quoted_make"),
    (
        "南海大阪セメントは5日、社長交代を発表した。",
        "南海大阪セメント",
        "Company",
        "org.suffix.company_common",
    ),
    ("全国独立放送協議会は声明を出した。", "全国独立放送協議会", "Organization", "org.national_body"),
    ("日本民間放送連盟は声明を出した。", "日本民間放送連盟", "Organization", "org.body_suffix"),
    # a particle before the hiragana name ends what came before (一部をみずほ信託銀行)
    ("北斗商事は株の一部をみずほ信託銀行に預けた。", "みずほ信託銀行", "Company", "org.suffix.kana_stem"),
    (
        "しずなみフィナンシャルグループは増益だった。",
        "しずなみフィナンシャルグループ",
        "Company",
        "org.suffix.kana_stem",
    ),
]

# mechanisms outside mentions.yaml, each on a sentence of its own
MECHANISM_CASES = [
    ("ミナト商事は北斗電機の「TACT(タクト)」を売る。", "TACT", "Technology", "tech.quoted_of_company"),
    # a person's name with an age in parentheses, no title
    ("当選したのは新人の山田花子(54)だった。", "山田花子", "Person", "person.age"),
    ("会見にはジョン・スミス(61)も出席した。", "ジョン・スミス", "Person", "person.age"),
    # a person named after a title, without an honorific
    ("会見には経済再生相の山田太郎が出席した。", "山田太郎", "Person", "person.after_title"),
    # a proper noun listed with a company
    ("北斗汽船とミクニも参入した。", "ミクニ", "Company", "list.company_coordination"),
    (
        "北斗電機はソラジェットやミナトボードなどのブランドを持つ。",
        "ミナトボード",
        "Technology",
        "list.product_kind",
    ),
    # a word Sudachi knows as a place with an administrative suffix
    ("台風は薩摩川内市付近に上陸した。", "薩摩川内市", "Place", "place.sudachi_place"),
    ("北斗電機はバイエルン州に工場を持つ。", "バイエルン州", "Place", "place.sudachi_place"),
    # a quoted item listed with a quoted product
    (
        "北斗製菓は「ソラミント」や「ホシグミ」を製造する。",
        "ソラミント",
        "Technology",
        "list.quoted_coordination",
    ),
    # a gloss in parentheses at the end of a quoted product's name is not part of the name
    ("北斗運輸は新サービス「ソラ便(仮称)」を始める。", "ソラ便", "Technology", "tech.quoted_product"),
    (
        "北斗運輸は新サービス「ソラ便(仮称)」と「ホシ便(同)」を始める。",
        "ホシ便",
        "Technology",
        "list.quoted_coordination",
    ),
    # a description before a name listed with など (org.described_proper)
    (
        "北斗電機や玩具メーカーのバンダイナムコなどは団体を作る。",
        "バンダイナムコ",
        "Company",
        "org.described_proper",
    ),
    # who takes part in a deal: the subject of the deal or of a clause above it, and its object
    (
        "ホシテックは食品メーカーの北斗食品を連結子会社化すると発表した。",
        "ホシテック",
        "Company",
        "org.deal_party",
    ),
    (
        "北斗食品がソラパレットを全株式取得し、子会社化することを決定した。",
        "ソラパレット",
        "Company",
        "org.deal_party",
    ),
    ("浜松機械は新工場を建てる。", "浜松機械", "Company", "org.suffix.company_common"),
    ("ソラボティクスは総額12億円を調達したと発表した。", "ソラボティクス", "Company", "org.deal_party"),
    # a nationality prefix before a place's context names a place, not a company
    ("北斗電機は仏トゥールーズに工場を持つ。", "トゥールーズ", "Place", "place.nationality_prefix_site"),
    # a mixed-case Latin name before 社 is a name, whatever Sudachi tags it
    ("北斗製薬はスペインのPharmaMar社と契約を締結した。", "PharmaMar", "Company", "org.suffix.sha"),
    # a union named after its company is a body, not the company
    ("全日本空輸労組は反発した。", "全日本空輸労組", "Organization", "org.body_suffix"),
    # what a making verb makes: with を, or with の after a nominal verb
    ("北斗航空はビジネスジェットの販売を担う。", "ビジネスジェット", "Technology", "tech.made_thing"),
    ("ミナト工業は月面探査車を開発している。", "月面探査車", "Technology", "tech.made_thing"),
    ("ソラ化成は航空機の内装品の製造を手がける。", "内装品", "Technology", "tech.made_thing"),
    # the noun a making verb's relative clause describes, when the clause has no object of its own
    ("北斗電機は独自に開発した画像センサー技術を持つ。", "画像センサー技術", "Technology", "tech.made_thing"),
]


@pytest.mark.parametrize(
    "text",
    [
        "北斗電機は新製品を開発した。",  # a generic word
        "北斗電機はコンビニ事業を手がける。",  # the business, not the thing
        "ミナトの生産は減った。",  # a lone katakana word before の may be the maker
        "トヨタの生産は減った。",  # a proper noun before の is the maker
        "北斗電機は世界最大手の製造を担う。",  # the maker
        "北斗電機は県外の製造業と組む。",  # 製造業 is no making verb
        "電池を開発した企業は多い。",  # the clause has its own object; the noun is its maker
    ],
)
def test_what_is_no_made_thing(text: str) -> None:
    found = mention_rules(text, first_pass=True)
    assert not any(rule == "tech.made_thing" for _, rule in found.values()), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a generic word (the buyer, an industry compound, may be one)
        ("北斗食品はブランドを買収した。", "ブランド"),
        ("北斗食品はライセンスを取得した。", "北斗食品"),  # 取得 alone is no deal
        ("ホシテックは新工場を建てた。", "ホシテック"),  # no deal word
    ],
)
def test_what_is_no_deal_party(text: str, word: str) -> None:
    found = mention_rules(text, first_pass=True)
    assert found.get(word, (None, None))[1] != "org.deal_party", found
    assert "ブランド" not in found, found


@pytest.mark.parametrize(
    ("text", "name", "etype", "rule"), MECHANISM_CASES, ids=[c[3] for c in MECHANISM_CASES]
)
def test_mention_mechanism(text: str, name: str, etype: str, rule: str) -> None:
    found = mention_rules(text, first_pass=True)
    assert found.get(name) == (etype, rule), sorted(found.items())


def test_every_mention_rule_has_a_case() -> None:
    from kg.mentions.ruledata import list_rules, pattern_rules

    ids = {r.id for r, _ in pattern_rules()} | {r.id for r, _ in list_rules()}
    covered = {c[3] for c in MENTION_RULE_CASES}
    assert ids - covered == set()


@pytest.mark.parametrize(
    ("text", "name", "etype", "rule"), MENTION_RULE_CASES, ids=[c[3] for c in MENTION_RULE_CASES]
)
def test_mention_rule_id(text: str, name: str, etype: str, rule: str) -> None:
    found = mention_rules(text)
    assert name in found, sorted(found)
    assert found[name] == (etype, rule)


@pytest.mark.parametrize(("text", "name", "etype"), MENTION_CASES, ids=[c[1] for c in MENTION_CASES])
def test_mention_rule(text: str, name: str, etype: str) -> None:
    found = nodes(text)
    assert name in found, sorted(found)
    assert found[name]["type"] == etype


@pytest.mark.parametrize("text", ["北斗電機は新型電池を開発する。", "北斗電機は新電池を開発する。"])
def test_a_new_one_of_a_kind_is_no_technology(text: str) -> None:
    found = nodes(text)
    assert set(found) == {"北斗電機"}, sorted(found)


@pytest.mark.parametrize("generic", ["中国企業", "米企業", "新興企業", "同社", "政府関係者", "金融会社", "タイ法人", "米国法人"])
def test_generic_phrases_are_not_entities(generic: str) -> None:
    found = nodes(f"{generic}は新たな方針を示した。")
    assert generic not in found


@pytest.mark.parametrize("kind", ["地域航空", "国内航空", "外資系証券", "地域銀行", "大手証券"])
def test_a_kind_of_company_is_no_company(kind: str) -> None:
    found = nodes(f"{kind}の再編が進む。北斗航空は{kind}と提携した。")
    assert kind not in found and "北斗航空" in found, sorted(found)


def test_an_affiliation_word_is_not_part_of_the_name() -> None:
    found = nodes("路線はANA系列のホシゾラ航空が運航する。")
    assert "ANA系列" not in found
    assert found["ANA"]["type"] == "Company", sorted(found)


def test_paren_alias_and_ticker_merge() -> None:
    text = "騰訊控股(テンセント・ホールディングス)(0700.HK)は発表した。テンセントの株価は上昇した。"
    found = nodes(text)
    tencent = [d for d in found.values() if "0700.HK" in d["tickers"]]
    assert len(tencent) == 1
    names = {tencent[0]["name"], *tencent[0]["aliases"]}
    assert {"騰訊控股", "テンセント・ホールディングス"} <= names


def test_surname_and_anaphora_resolve() -> None:
    text = "ソラ電機の山本一郎社長は会見した。山本社長は同社の計画を説明した。同氏は増産を表明した。"
    found = nodes(text)
    people = [d for d in found.values() if d["type"] == "Person"]
    assert len(people) == 1 and people[0]["name"] == "山本一郎"
    assert people[0]["mentions"] >= 2


def test_unknown_name_is_found_again_in_its_document() -> None:
    # introduced once with a description, then named bare: both are the same company
    text = "米新興企業のノースゲート・ロボティクスは上場した。ノースゲートの株価は上昇した。"
    found = nodes(text)
    assert "ノースゲート・ロボティクス" in found
    assert found["ノースゲート・ロボティクス"]["mentions"] == 2


def test_an_area_written_in_full_is_found_again_without_its_suffix() -> None:
    # 宮城県 / 上越市 written once: the bare 宮城, 上越 of the same article are those areas,
    # but not inside a longer word (上越新幹線)
    found = nodes(
        "南海化学(宮城県仙台市)は宮城で工場を増やす。上越市の北斗鉄道は上越で営業し、上越新幹線と競う。"
    )
    assert found["宮城県"]["mentions"] == 2
    assert found["上越市"]["mentions"] == 2


def test_cue_object_names_an_unknown_company() -> None:
    assert nodes("北斗電機はフラマトンに出資した。").get("フラマトン", {}).get("type") == "Company"


def test_bare_leader_title_takes_the_articles_company() -> None:
    text = "北斗電機は新工場を建てる。北斗電機は増産する。北斗電機は輸出も増やす。田村浩二社長は会見した。"
    found = edge_rules(text)
    # the company the article is about (the first topic), which is also the one named most
    assert found.get(("田村浩二", "leads", "北斗電機")) == ["title.main_company"]


def test_url_before_a_japanese_sentence_does_not_hide_it() -> None:
    url = "https://www.example.com/technology/artificial-intelligence/abc-2025-01-28/ "
    assert "グーグル" in nodes(url + "米グーグルは新しい人工知能を開発した。")


def test_english_bylines_are_skipped() -> None:
    found = nodes("Jane Doe joined the Asia Society in New York in 2013.")
    assert found == {}


# --- names end where they end; common nouns, titles and job words are never entities ------------
# (sentence, names that must be entities with their type, names that must not be entities)
BOUNDARY_CASES = [
    # a foreign name before the post that heads a unit, no holder after a dot: a person
    ("北斗大臣も、科学技術政策局のミルトニオス局長との会談に臨んだ。", {"ミルトニオス": "Person"}, []),
    # a common word before the post that heads a unit names the unit, no person
    ("式典では、山田一郎社長が北斗協会のイベント局長・武田花子氏にパネルを手渡した。", {"武田花子": "Person"}, ["イベント"]),
    # a refinery is a site, no company
    ("北斗電機は千葉製油所を閉じる。", {}, ["千葉製油所"]),
    # 社 ending a word, no name, before a chief
    ("子会社の山田社長と出版社の田中社長、商社の佐藤社長は語った。", {}, ["子会社", "出版社", "商社"]),
    # sales with no proper noun before them name no dealer
    ("国内の自動車販売は低迷し、ネット販売が伸びた。", {}, ["自動車販売", "ネット販売"]),
    # a city's katakana name before a line of business is a company's name, no place
    ("ロンドン保険の山田一郎日本代表は語った。", {"ロンドン保険": "Company"}, ["ロンドン"]),
    ("北斗電機は医療保険を見直した。", {}, ["医療保険"]),
    # 日本 glued before katakana is no nationality prefix (news writes no 日本 before a Japanese company)
    ("北斗電機は日本ソラシステムと提携した。", {}, ["ソラシステム"]),
    # 日本 glued before a company's katakana name before a title: the name's (not a nationality)
    (
        "北斗HDの会長を務める日本レストランシステム会長の山田一郎氏は退く。",
        {"日本レストランシステム": "Company"},
        ["レストランシステム"],
    ),
    # a nationality before capitalised words with spaces: one name
    (
        "北斗電機の山田一郎社長と独SORA MINATO TECHのハンス・ミュラーCEOが会見した。",
        {"SORA MINATO TECH": "Company"},
        ["SORA"],
    ),
    # a ward right after its city, the city found by the lexicon: the ward keeps its city
    ("北斗電機(浜松市中央区)は発表した。", {"浜松市中央区": "Place"}, ["中央区"]),
    # the character right before an honorific ends a whole name (宇佐美 / 進 / 典氏)
    ("北斗電機社長の宇佐美進典氏に話を聞いた。", {"宇佐美進典": "Person"}, ["宇佐美進"]),
    # a unit's kind and a middle dot before its name (中国法人・): no part of the name
    (
        "北斗電機の中国法人・北斗中国投資有限公司が設立された。",
        {"北斗中国投資有限公司": "Company"},
        ["中国法人・北斗中国投資有限公司"],
    ),
    # a minister's title with a middle dot (通信・情報相) ends no company name
    ("ブディ・サントソ通信・情報相は語った。", {}, ["ブディ・サントソ通信"]),
    ("北斗電機は日本製菓と日本電機に出資した。", {"日本製菓": "Company", "日本電機": "Company"}, ["日本"]),
    ("今回北斗電機は新製品を発表した。", {"北斗電機": "Company"}, ["今回北斗電機"]),
    # 組織・氏名役職 (a caption): the dot ends the organisation, the person is read after it
    (
        "北浜電機・山川一郎社長は「おわびする」と述べた。",
        {"北浜電機": "Company", "山川一郎": "Person"},
        ["北浜", "電機・山川一郎"],
    ),
    ("北浜総合病院・山川一郎院長は述べた。", {"北浜総合病院": "Organization", "山川一郎": "Person"}, []),
    # 日本 before a katakana name is part of a Japanese company's name, no nationality
    ("新会社「日本ミナトテック」は東京に置く。", {"日本ミナトテック": "Company"}, ["ミナトテック"]),
    # a reading in parentheses is no name of its own; a dean's title is no part of the name
    (
        "北浜市の村上光太郎(むらかみ・こうたろう)市長は述べた。",
        {"村上光太郎": "Person"},
        ["むらかみ・こうたろう"],
    ),
    ("東都大学の石田誠学部長は講演した。", {"石田誠": "Person"}, ["石田誠学"]),
    ("王暁軍総領事は知事と会談した。", {"王暁軍": "Person"}, ["王暁軍総領事"]),
    # list style, the title before the name: the place is no person
    ("会見には南岡市長川村健二が出席した。", {"川村健二": "Person", "南岡市": "Place"}, ["南岡"]),
    ("北斗電機は、新型モーターを発売した。", {"北斗電機": "Company"}, ["新型モーター"]),
    # a party before its own office
    ("共産党県委員長の森大介氏も立候補する。", {"共産党": "Organization", "森大介": "Person"}, []),
    # a line of business before a company: a kind of company, not one
    (
        "南海重工は、子会社である精密機器大手の白浜精機に出資を増やす。",
        {"南海重工": "Company", "白浜精機": "Company"},
        ["精密機器大手"],
    ),
    ("工作機械メーカーの東雲精工が語った。", {"東雲精工": "Company"}, ["工作機械メーカー"]),
    (
        "北斗電機は、南海化学の子会社の食品スーパー、白鷺電子と提携した。",
        {"白鷺電子": "Company"},
        ["食品スーパー"],
    ),
    # a person, the company of the title, then the title: two entities, not one
    ("山本一郎コクヨ社長は会見した。", {"山本一郎": "Person", "コクヨ": "Company"}, ["山本一郎コクヨ"]),
    # a department between the name and the title is part of the title
    ("佐々木健二航空事業・物流プロジェクト本部長は語った。", {"佐々木健二": "Person"}, ["物流プロジェクト"]),
    # 名前・元組織役職: the organisation after the middle dot
    ("倉田英二・元ミツトヨ副社長が就任した。", {"倉田英二": "Person", "ミツトヨ": "Company"}, ["元ミツトヨ"]),
    # a company compound where a person's name would stand
    ("ミナトモビリティ社長の山田太郎氏が語った。", {"ミナトモビリティ": "Company", "山田太郎": "Person"}, []),
    # 所属 inside 無所属, 市長 inside 市長選: no titles, no people
    ("無所属新人の山田太郎氏が当選した。", {"山田太郎": "Person"}, ["無"]),
    ("北浜市長選で新人が当選した。", {"北浜市": "Place"}, ["北浜"]),
    # a surname Sudachi cut into other words, a given name after it
    ("箱根一郎市長は会見した。", {"箱根一郎": "Person"}, ["一郎"]),
    # the last character of a given name that Sudachi left out of the name (王 / 崇 / 信)
    ("王崇信会長は語った。", {"王崇信": "Person"}, ["王崇"]),
    # a lexicon name before a parenthesis GiNZA glued to its last word (度(バイドゥ))
    ("ネット大手の百度(バイドゥ)は新モデルを公開した。", {"百度": "Company"}, []),
    # a name Sudachi reads as two places, before a title
    ("草津英彦知事は会見した。", {"草津英彦": "Person"}, []),
    # offices, nominalised actions and common nouns with a company's ending
    ("県は県庁で協定の調印式を開いた。", {}, ["県庁"]),
    (
        "工場建設が進み、天然ガスの輸入が増え、大手銀行は融資を絞った。",
        {},
        ["工場建設", "天然ガス", "大手銀行"],
    ),
    ("北斗電機は企業の合併・買収(M&A)の助言を受けた。", {"北斗電機": "Company"}, ["合併・買収"]),
    ("労働組合の支持を受けた。", {}, ["労働組合"]),
    # one common noun with a company's ending, or after a company description
    ("同社は医薬品の分野で伸び、大手不動産や民間銀行と組んだ。", {}, ["医薬品", "不動産", "民間銀行"]),
    # venues and events are no organisations; a place inside an event's name is no mention
    ("試合は国立競技場で行われた。", {}, ["国立競技場"]),
    ("G7広島サミットで議論した。", {}, ["広島県"]),
    # an address is two places
    ("北海道千歳市で工場が稼働した。", {"北海道": "Place", "千歳市": "Place"}, ["北海道千歳市"]),
    # a team's short form is the team in its report, not the prefecture
    (
        "試合は埼玉ミナトワイルドナイツが勝った。埼玉の主将は喜んだ。",
        {"埼玉ミナトワイルドナイツ": "Organization"},
        ["埼玉県"],
    ),
    # people by their honorific (山内、岡田両氏の退任), a kind of shop, are no companies
    ("北斗電機は社長交代を発表した。南海化学は山内、岡田両氏の取締役退任を求めた。", {}, ["岡田両氏"]),
    ("小売り大手スーパーの売上高が伸びた。", {}, ["スーパー"]),
    # a company introduced with its address and its chief in parentheses
    ("北斗林業(東京都千代田区、山田一郎社長)は新工場を建てる。", {"北斗林業": "Company"}, []),
    # a wrestler's name may hold の; a club before 所属 is no person; a name before an age gloss
    ("単独首位の横綱・大の里(25=二所ノ関部屋)が制した。", {"大の里": "Person"}, []),
    ("9位の伊藤美誠(24歳、スターツ所属)がメダルを決めた。", {"伊藤美誠": "Person"}, ["スターツ", "伊藤美"]),
    # kanji fused before a katakana word, then a corporate title: a company, not a person
    ("北斗モビリティ社長の佐藤次郎氏は語った。", {"北斗モビリティ": "Company"}, ["モビリティ"]),
    ("米ナドラ社長は語った。", {"ナドラ": "Person"}, ["米ナドラ"]),
    # a given name Sudachi cuts into two characters runs up to the title
    ("社長には北斗銀行の田中道遠頭取が就く。", {"田中道遠": "Person"}, ["田中"]),
    # a name after its legal form ends before 及び (the list goes on)
    (
        "株式会社ミナト電子及び南海工業株式会社は、経営統合に合意した。",
        {"ミナト電子": "Company", "南海工業": "Company"},
        ["ミナト電子及"],
    ),
    # names after their kind, forms and places in real news (bodies, Chinese companies, labs)
    ("北斗電機は、南京農業大学傘下の企業と提携した。", {"南京農業大学": "Organization"}, []),
    ("合弁会社(南京北斗種子産業有限公司)を設立した。", {"南京北斗種子産業有限公司": "Company"}, []),
    # Sudachi writes 新潟県沖 as one word: the prefecture is still named
    ("新潟県沖で洋上風力発電所を建設する。", {"新潟県": "Place"}, []),
    # a province after its country and の
    ("北斗電機はベトナム北部のバクニン省に工場を建設する。", {"バクニン省": "Place"}, []),
    # ラボ ends a company's name after a proper noun
    (
        "東海インテリジェンス・ラボの山田花子シニアアナリストは話した。",
        {"東海インテリジェンス・ラボ": "Company"},
        [],
    ),
    # a name after a company word, before から
    ("ミナト・ラボは米半導体設計の新興企業ソラトロンから製造を受託した。", {"ソラトロン": "Company"}, []),
    # a quoted name after a kind of product with its abbreviation between
    ("ミナト社の大規模言語モデル(LLM)「ソラ」を組み合わせる。", {"ソラ": "Technology"}, []),
    # a stem Sudachi reads as a common word and an industry word: a company where a deal, its shares
    # or a list with a company says so; not an industry a company invests in, nor an action's product
    ("南洋海運は北斗通信の株式の20%を取得した。", {"南洋海運": "Company", "北斗通信": "Company"}, []),
    ("西都アニメーションは東邦テレビの子会社だ。", {"東邦テレビ": "Company"}, []),
    ("北斗電機、南洋海運、東邦放送などが参加した。", {"南洋海運": "Company", "東邦放送": "Company"}, []),
    ("大和重工は半導体産業に出資した。", {"大和重工": "Company"}, ["半導体産業"]),
    # a name led by hiragana nouns starts where Sudachi's nouns start, not at a verb's ending
    ("地酒で知られるみちのく酒造を買収した。", {"みちのく酒造": "Company"}, ["るみちのく酒造"]),
    ("つばさ交通(札幌市)は運賃を改定した。", {"つばさ交通": "Company"}, []),
    ("開発するのは北斗電機だ。", {"北斗電機": "Company"}, ["のは北斗電機"]),
    ("北斗電機は冷凍食品の事業を買収した。", {"北斗電機": "Company"}, ["冷凍食品"]),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"), BOUNDARY_CASES, ids=[c[0][:12] for c in BOUNDARY_CASES]
)
def test_names_end_where_they_end(text: str, present: dict[str, str], absent: list[str]) -> None:
    found = nodes(text)
    for name, etype in present.items():
        got = sorted((n, d["type"]) for n, d in found.items())
        assert name in found and found[name]["type"] == etype, got
    for name in absent:
        assert name not in found, sorted(found)


def test_minister_whose_surname_sudachi_reads_as_a_place() -> None:
    import kg

    g = kg.build(texts=["茂木外務大臣は会見した。"], without_lexicon=["Person"], use_cache=False).graph
    people = {d["name"] for _, d in g.nodes(data=True) if d["type"] == "Person"}
    assert people == {"茂木"}


def test_party_short_form_merges_with_the_party() -> None:
    # 自民 (an endorsement list) and 自民党 (the lexicon's 自由民主党) are one party
    found = nodes("現職の山田太郎氏=自民・公明推薦=が敗れた。自民党の県連は結果を重く受け止めた。")
    parties = [
        d for d in found.values() if d["type"] == "Organization" and "自民" in {d["name"], *d["aliases"]}
    ]
    assert len(parties) == 1 and parties[0]["name"] == "自由民主党"


def test_government_body_and_its_short_name_merge() -> None:
    found = nodes("海洋資源開発庁は計画を公表した。資源開発庁の長官は会見した。")
    bodies = [d for d in found.values() if d["type"] == "Government"]
    assert len(bodies) == 1 and "資源開発庁" in bodies[0]["aliases"]


def test_corporate_form_in_parentheses_is_no_alias() -> None:
    # (HD) after two companies must not make them one
    found = nodes("ミナトホールディングス(HD)は増資した。ソラホールディングス(HD)も増資した。")
    assert {"ミナトホールディングス", "ソラホールディングス"} <= set(found)


def test_a_street_address_in_parentheses_is_no_alias() -> None:
    # KORKS(千代田区北斗町2): the address after a name is where it is, not another name of it
    found = nodes("KORKS(千代田区北斗町2)とミナト工業(板橋区)の2社は連合を結成した。")
    assert "KORKS" in found and not any(name.endswith("町2") for name in found), sorted(found)


def test_a_title_is_never_an_entity() -> None:
    found = nodes("北浜リーグの山田太郎コミッショナーは語った。")
    assert "コミッショナー" not in found and "山田太郎" in found


def test_abbreviated_holding_company_merges() -> None:
    found = nodes("ミナトHDは増資した。ミナトホールディングスの株価は上がった。")
    holding = [d for d in found.values() if "ミナトHD" in {d["name"], *d["aliases"]}]
    assert len(holding) == 1 and "ミナトホールディングス" in {holding[0]["name"], *holding[0]["aliases"]}


def test_each_pairs_subjects_and_objects_in_turn() -> None:
    # AはBと、CはDとそれぞれ: A with B and C with D, never A with D
    found = edge_rules("北斗電機は南海化学と、東都商事はミナト工業とそれぞれ提携している。")
    assert ("北斗電機", "partnersWith", "南海化学") in found
    assert ("東都商事", "partnersWith", "ミナト工業") in found
    crossed = {("北斗電機", "partnersWith", "ミナト工業"), ("東都商事", "partnersWith", "南海化学")}
    assert not crossed & set(found)


def test_each_means_the_listed_subjects_are_not_partners() -> None:
    found = edge_rules("北斗電機と東都商事はそれぞれ南海化学と提携している。")
    assert ("北斗電機", "partnersWith", "南海化学") in found
    assert ("東都商事", "partnersWith", "南海化学") in found
    assert ("東都商事", "partnersWith", "北斗電機") not in found
    assert ("北斗電機", "partnersWith", "東都商事") not in found


def test_abbreviation_before_a_gloss_is_an_alias_found_again() -> None:
    # 北斗エアライン(HKA、北浜市): HKA is the airline, and names it later in the text
    text = "北斗エアライン(HKA、北浜市)は路線を広げる。日本航空はHKAと共同運航を始める。"
    found = nodes(text)
    assert "HKA" not in found
    assert "HKA" in found["北斗エアライン"]["aliases"]
    assert ("日本航空", "partnersWith", "北斗エアライン") in edge_rules(text) or (
        "北斗エアライン",
        "partnersWith",
        "日本航空",
    ) in edge_rules(text)


def test_affiliation_then_a_particle_is_no_subsidiary() -> None:
    # 北斗系と…ミナト: 系 ends an argument (北斗系と契約), it does not describe ミナト
    found = edge_rules("南海商事、北斗電機系と長期契約 ミナト工業との協業で実現")
    assert not [e for e in found if e[1] == "subsidiaryOf"]


def test_what_a_product_is_built_on_is_not_developed() -> None:
    # 「ソラ」を土台に…開発: ソラ is used; the relative clause's が (南海ソフトが公開した) is
    # ソラ's maker, not the developer of the new model
    found = edge_rules(
        "北斗テクノロジーズは、南海システムズが公開した言語モデル「ソラ」を土台に生成AIを開発した。"
    )
    assert ("北斗テクノロジーズ", "uses", "ソラ") in found
    assert ("北斗テクノロジーズ", "develops", "ソラ") not in found
    assert ("南海システムズ", "develops", "生成AI") not in found
    assert ("南海システムズ", "develops", "言語モデル") not in found
    assert ("南海システムズ", "develops", "ソラ") in found


def test_a_startup_described_by_its_clause_is_not_the_topic() -> None:
    # 生成AIを開発するスタートアップを傘下に: the start-up develops it, not the buyer
    found = edge_rules("北斗通信は、生成AIを開発するスタートアップ企業を傘下に入れる。")
    assert ("北斗通信", "develops", "生成AI") not in found


def test_a_middle_dot_is_no_part_of_a_company_name() -> None:
    # 山田一郎・北斗電機社長: the person, a dot, then the company and the title
    found = edge_rules("会見には山田一郎・北斗電機社長と佐藤花子・南海化学社長が出席した。")
    assert ("山田一郎", "leads", "北斗電機") in found
    assert ("佐藤花子", "leads", "南海化学") in found
    assert not any(name.startswith("・") for name in nodes("山田一郎・北斗電機社長が出席した。"))


def test_a_comma_in_a_list_of_board_members_is_no_apposition() -> None:
    # 山田一郎・元北斗電機副社長、佐藤花子・南海大学教授: the comma separates two people
    found = edge_rules(
        "社外取締役は山田一郎・元北斗電機副社長、佐藤花子・南海化学代表取締役会長、"
        "鈴木次郎・東都大学教授が務める。"
    )
    assert ("鈴木次郎", "leads", "南海化学") not in found
    assert ("佐藤花子", "worksFor", "北斗電機") not in found


def test_a_count_of_companies_is_no_company() -> None:
    # 大手2社: what sums up the list, never a name
    assert "2社" not in nodes("ミナトとソラテックの大手2社が提携した。")


def test_a_plant_is_a_place() -> None:
    found = nodes("北斗電機は大阪の北浜工場で電池をつくる。北浜工場は2027年に稼働する。")
    assert found.get("北浜工場", {}).get("type") in (None, "Place")
    assert not [n for n, d in found.items() if n.endswith("工場") and d["type"] != "Place"]


def test_a_name_cut_inside_its_last_katakana_word_is_the_same_company() -> None:
    # 南海コーポ for 南海コーポレーション; but ソラバンク is not ソラバンクグループ
    found = nodes("南海コーポレーションは増資する。南海コーポ(新潟市)は増産にも踏み切る。")
    assert "南海コーポ" not in found
    assert "南海コーポ" in found["南海コーポレーション"]["aliases"]
    found = nodes("ソラバンクキャピタルは、子会社のソラバンク株式会社の株式を売る。")
    assert {"ソラバンクキャピタル", "ソラバンク"} <= set(found)


def test_a_university_found_as_a_company_is_an_organisation() -> None:
    assert nodes("北浜大(北浜市)と南台大(南台市)は統合した。").get("北浜大", {}).get("type") == "Organization"


def test_alumni_of_a_body_is_no_name() -> None:
    # 日銀出身の山田頭取: the bank, not 日銀出身
    assert not [n for n in nodes("北斗銀行は日銀出身の山田一郎頭取を迎えた。") if n.endswith("出身")]


def test_partners_listed_inside_a_noun_phrase_are_not_the_topics() -> None:
    # ミナトは、北斗電機株式会社と南海化学の共同出資で設立された: the two are partners, ミナト is not
    text = "ミナトネット株式会社は1986年、北斗電機株式会社と南海化学の共同出資で設立された。"
    found = edge_rules(text)
    assert "ミナトネット" in nodes(text)
    pair = {("北斗電機", "partnersWith", "南海化学"), ("南海化学", "partnersWith", "北斗電機")}
    assert pair & set(found)
    assert not [e for e in found if e[1] == "partnersWith" and "ミナトネット" in (e[0], e[2])]


def test_a_partner_with_a_comma_stays_the_partner() -> None:
    # Bと、Cの事業で提携: B is the partner; the の-phrase after the comma is the field
    found = edge_rules("北斗商事は財閥大手ミナト・コーポレーションと、マニラの鉄道事業で提携する。")
    assert ("北斗商事", "partnersWith", "ミナト・コーポレーション") in found


def test_a_headline_comma_marks_the_topic() -> None:
    # 北斗電機、南海化学を子会社に: the headline's opening name acts, as with は
    text = "北斗電機、南海化学を子会社に 保有率を60%へ\n北斗電機は5日、株式の買い増しを終えた。"
    assert ("南海化学", "subsidiaryOf", "北斗電機") in edge_rules(text)
    # a sentence (with 。) keeps its comma a comma
    sentence = "北斗電機、南海化学を子会社にする案が浮上した。"
    assert ("南海化学", "subsidiaryOf", "北斗電機") not in edge_rules(sentence)


def test_people_listed_each_with_their_organisation_are_one_list() -> None:
    # AはBのX会長、CのY CEOと面会した: both are met
    found = edge_rules("山田一郎社長は、南海化学の佐藤花子会長、東都商事の鈴木次郎CEOと面会した。")
    assert ("山田一郎", "meets", "佐藤花子") in found
    assert ("山田一郎", "meets", "鈴木次郎") in found


def test_a_press_conference_is_no_meeting() -> None:
    found = edge_rules("北斗電機の山田一郎社長、南海化学の佐藤花子会長がそろって記者会見した。")
    assert not [e for e in found if e[1] == "meets"]


def test_an_agreement_between_two_companies_is_a_partnership() -> None:
    found = edge_rules("北斗電機は、南海化学との間で基本合意書を締結した。")
    assert ("北斗電機", "partnersWith", "南海化学") in found


def test_a_district_in_an_address_is_no_place_of_its_own() -> None:
    text = "ミナトロケット株式会社(北海道広尾郡大樹町)は打ち上げに成功した。"
    found = nodes(text)
    assert {"北海道", "大樹町"} <= set(found)
    assert "広尾郡" not in found
    assert ("ミナトロケット", "basedIn", "大樹町") in edge_rules(text)


def test_a_bare_place_is_the_one_area_of_its_document_it_is_short_for() -> None:
    # the lexicon reads 大阪 as the prefecture; a document that writes only 大阪市 means the city
    found = nodes("北斗電機(大阪市)は、大阪の工場で部品をつくる。")
    assert "大阪府" not in found and "大阪" in found["大阪市"]["aliases"]
    # a document that writes both areas leaves the bare name to the lexicon
    found = nodes("北斗電機(大阪市)は、大阪府の補助金で大阪の工場を広げる。")
    assert {"大阪府", "大阪市"} <= set(found) and "大阪" not in found["大阪市"]["aliases"]


def test_a_group_named_on_a_known_short_form_is_the_company() -> None:
    # 日立グループ: the lexicon's 日立 (日立製作所) with グループ
    found = nodes("日立グループは再編を進める。日立製作所は新社長を決めた。")
    assert "日立グループ" not in found
    assert "日立グループ" in found["日立製作所"]["aliases"]


def test_a_place_between_a_name_and_its_heads_title() -> None:
    # 池田豊人香川県知事, 山田一郎大村市長: the person leads the place written between
    found = edge_rules("池田豊人香川県知事は歓迎した。")
    assert ("池田豊人", "leads", "香川県") in found
    assert ("山田一郎", "leads", "大村市") in edge_rules("山田一郎大村市長は会見で述べた。")
    assert "池田豊人香川" not in nodes("池田豊人香川県知事は歓迎した。")


def test_stakes_go_to_the_company_the_sentence_names() -> None:
    # 新会社はミナト・ロジと名付け、AがN%、BがM%を出資: the holders invest in the new company
    found = edge_rules("新会社はミナト・ロジと名付け、北斗電機が75%、南海化学が25%を出資して設立する。")
    assert ("北斗電機", "investsIn", "ミナト・ロジ") in found
    assert ("南海化学", "investsIn", "ミナト・ロジ") in found
    # without stakes the one other company is no target: 南海化学の出資を受けており
    found = edge_rules("ミナトネット株式会社は、南海化学の出資を受けており、上場を目指す。")
    assert ("ミナトネット", "investsIn", "南海化学") not in found


def test_new_company_word_stands_for_the_company_introduced_last() -> None:
    # 新会社の名称は「X」…新会社では / 資本金のうちAがN%: the company introduced as new, sentences later
    text = (
        "北斗電機と南海化学は、電池の合弁会社をつくると発表した。新会社の名称は「ミナト蓄電」とする。"
        "資本金のうち、北斗電機が60%、南海化学が40%を出資する。新会社では社長に、山田一郎氏が就任する。"
    )
    found = edge_rules(text)
    assert found.get(("北斗電機", "investsIn", "ミナト蓄電")) == ["frame.investsIn.new_company"]
    assert ("南海化学", "investsIn", "ミナト蓄電") in found
    assert found.get(("山田一郎", "leads", "ミナト蓄電")) == ["nominal.post_filled_by"]
    # Xを設立 introduces X too
    found = edge_rules("東都物産は子会社の北斗ロジを設立した。新会社の社長には山田一郎氏が就く。")
    assert found.get(("山田一郎", "leads", "北斗ロジ")) == ["nominal.post_filled_by"]


def test_new_company_word_before_any_new_company_stays_text() -> None:
    # no company introduced as new yet: 新会社 is not the company named before it
    found = edge_rules("北斗電機は新会社をつくる。新会社では社長に、山田一郎氏が就任する。")
    assert not [e for e, rs in found.items() if "nominal.post_filled_by" in rs]
    # stakes with no target and no new company: no edge
    found = edge_rules("北斗電機は増資する。北斗電機が60%、南海化学が40%を出資する。")
    assert not [e for e in found if e[1] == "investsIn"]


def test_a_share_of_the_stock_sold_is_no_acquisition() -> None:
    # 株式の10%を譲渡: a stake changes hands, not the company
    found = edge_rules("北斗化学は南海電機に東都工業の株式の10%を譲渡する。")
    assert ("南海電機", "acquires", "東都工業") not in found


def test_subsidiary_after_the_topic_with_a_descriptor() -> None:
    # 北斗銀行は、傘下の米地銀ミナト銀行を: 米地銀 between 傘下の and the name
    found = edge_rules("北斗銀行は、傘下の米地銀ミナト銀行を売りに出した。")
    assert found.get(("ミナト銀行", "subsidiaryOf", "北斗銀行")) == ["subsidiaryOf.topic_parent"]


def test_people_appointed_together_both_take_the_post() -> None:
    found = edge_rules("南海化学は、山田一郎氏と佐藤花子氏が取締役に就任すると発表した。")
    assert ("山田一郎", "worksFor", "南海化学") in found
    assert ("佐藤花子", "worksFor", "南海化学") in found


def test_department_heads_work_for_the_company() -> None:
    # 編集局長, センター長, 局次長: heads of a department, not of the company
    found = edge_rules("北斗新報社の山田一郎編集局長と佐藤花子報道センター長は述べた。")
    found.update(edge_rules("北斗電機は、田中三郎総務局次長を充てる人事を発表した。"))
    assert ("山田一郎", "leads", "北斗新報社") not in found
    assert ("山田一郎", "worksFor", "北斗新報社") in found
    assert ("田中三郎", "worksFor", "北斗電機") in found


def test_help_for_what_a_company_builds_supports_the_company() -> None:
    # 北斗電機が建設する工場に対し、政府が補助する: the builder is who is helped, even when the parse
    # hangs 工場に対して past the cue and splits 対して off it
    found = edge_rules(
        "経済産業省は、電池大手の北斗電機が愛知県に整備する工場に対して、最大で90億円を補助すると決めた。"
    )
    rules_found = found.get(("経済産業省", "supports", "北斗電機"), [])
    assert any(r.startswith("frame.supports.clause_subject") for r in rules_found), found
    found = edge_rules("政府は、南海化学が建てる研究所を支援する。")
    assert found.get(("日本政府", "supports", "南海化学")) == ["frame.supports.clause_subject"]


def test_the_post_taken_after_a_new_company_is_at_the_new_company() -> None:
    # Xを立ち上げた。…山田一郎副所長が社長に就任する: no organisation named for the post
    text = (
        "北斗電機は南海化学と共同で、電池開発会社の「ミナト蓄電」を立ち上げた。"
        "本社を名古屋市に構える。北斗電機研究所の山田一郎副所長が社長に就任する。"
    )
    found = edge_rules(text)
    assert found.get(("山田一郎", "leads", "ミナト蓄電")) == ["title.appointed_new_company"]
    assert ("山田一郎", "worksFor", "北斗電機研究所") in found
    # the unsaid subject of 本社を構える right after it is the new company, not the sentence's topic
    assert found.get(("ミナト蓄電", "basedIn", "名古屋市")) == ["frame.based.new_company"]
    assert ("北斗電機", "basedIn", "名古屋市") not in found


def test_a_post_with_no_new_company_before_it_is_not_given_one() -> None:
    found = edge_rules("北斗電機は決算を発表した。南海化学の山田一郎氏が社長に就く。")
    assert not [rs for rs in found.values() if "title.appointed_new_company" in rs]


def test_a_place_heading_in_an_election_roundup_says_whose_election_follows() -> None:
    text = (
        "松本市長選と上田市長選の結果を振り返る。\n■松本市■\n"
        "新人の山田一郎氏(58)が、現職の佐藤次郎氏(67)に勝利した。\n■上田市■\n"
        "新人の田中三郎氏は3万票を得て、初めての当選を決めた。"
    )
    found = edge_rules(text)
    assert ("山田一郎", "leads", "松本市") in found  # 現職に勝利した: the winner
    assert ("田中三郎", "leads", "上田市") in found
    assert ("田中三郎", "leads", "松本市") not in found
    # a win with no election in the text is no office
    assert not edge_rules("■松本市■\n山田一郎氏が佐藤次郎氏に勝利した。")


def test_a_stake_split_evenly_goes_from_the_founders_to_the_new_company() -> None:
    text = (
        "北斗電機は南海化学と共同で、電池開発会社の「ミナト蓄電」を立ち上げた。\n\n"
        "出資割合は折半で、それぞれが50%を出す。"
    )
    found = edge_rules(text)
    assert "frame.investsIn.founders" in found.get(("北斗電機", "investsIn", "ミナト蓄電"), [])
    assert "frame.investsIn.founders" in found.get(("南海化学", "investsIn", "ミナト蓄電"), [])
    # 新会社への出資: the new company written as the target changes nothing
    found = edge_rules(text.replace("出資割合は", "新会社への出資割合は"))
    assert "frame.investsIn.founders" in found.get(("南海化学", "investsIn", "ミナト蓄電"), [])
    # no new company: 折半 says nothing about who holds what in which company
    found = edge_rules("北斗電機は南海化学と提携した。出資割合は折半だ。")
    assert not [e for e in found if e[1] == "investsIn"]


def test_country_prefixes_written_together_are_countries_before_a_relation_noun() -> None:
    found = {k: v["type"] for k, v in nodes("米韓首脳会談が開かれた。").items()}
    assert found == {"米国": "Country", "韓国": "Country"}
    assert nodes("日中は暑くなる。") == {}  # daytime, not Japan and China
    assert ("日本", "partnersWith", "米国") in edge_rules("日米同盟を強める。")


def test_a_subsidiary_described_by_its_trade() -> None:
    # 北斗電機の製造子会社である南海精機: a short descriptor before 子会社; 元子会社 is a former one
    found = edge_rules("北斗電機の製造子会社である南海精機は新工場を建てる。")
    assert found.get(("南海精機", "subsidiaryOf", "北斗電機")) == ["subsidiaryOf.parent_first"]
    assert not edge_rules("北斗電機の元子会社の南海精機は新工場を建てる。")


def test_a_group_is_a_company_only_after_a_company_descriptor() -> None:
    assert "北斗集団" in nodes("家電大手の北斗集団は日本に進出する。")
    assert nodes("武装集団が村を襲った。") == {}
    assert "新造船" not in nodes("海運大手の商船三井は新造船を発注した。")  # a new ship


def test_the_incumbent_in_election_copy_leads_the_place() -> None:
    text = (
        "松本市長選の結果を振り返る。\n■松本市■\n"
        "新人の山田一郎氏(58)が、3選をうかがった無所属現職の佐藤次郎氏(67)に勝利した。"
    )
    assert edge_rules(text).get(("佐藤次郎", "leads", "松本市")) == ["title.incumbent"]
    assert not edge_rules("現職の佐藤次郎氏は述べた。")  # no election: incumbent of what


def test_a_post_at_a_named_organisation_is_not_at_the_new_company() -> None:
    for text in (
        "北斗電機は新会社「ミナト蓄電」を設立した。南海化学の社長に山田一郎氏が就く。",
        "北斗電機は新会社「ミナト蓄電」を設立した。山田一郎氏が南海化学の社長に就く。",
    ):
        found = edge_rules(text)
        assert ("山田一郎", "leads", "ミナト蓄電") not in found
        assert ("山田一郎", "leads", "南海化学") in found


def test_the_holder_named_after_a_shareholder_phrase_is_not_the_topic() -> None:
    # the topic buys from the shareholder; the holder is the fund the phrase describes
    found = edge_rules("北斗電機は、南海工業の筆頭株主である東都ファンドから株式を買い取る。")
    assert ("北斗電機", "investsIn", "南海工業") not in found
    assert ("北斗電機", "investsIn", "南海工業") in edge_rules("北斗電機は南海工業の筆頭株主である。")


def test_an_alias_announced_with_igo_names_the_company_from_there_on() -> None:
    text = (
        "ミナトロボティクス・ジャパン(本社:東京都港区、以下「MRJ」)は、東都精機と業務提携した。"
        "MRJの山田花子社長は会見した。"
    )
    found = edge_rules(text)
    assert ("山田花子", "leads", "ミナトロボティクス・ジャパン") in found
    assert ("ミナトロボティクス・ジャパン", "basedIn", "港区") in found
    assert "MRJ" not in nodes(text)
    # the filings' wording: (以下「X」といいます。)
    filing = "南海工業株式会社(以下「NKK」といいます。)は新工場を建てる。NKKの山田一郎社長は会見した。"
    assert ("山田一郎", "leads", "南海工業") in edge_rules(filing)
    # 以下 with a colon, as releases write it
    colon = "東邦精機ホールディングス(本社:大阪市、以下:東邦HD)は提携した。東邦HDの佐藤一郎社長は会見した。"
    assert ("佐藤一郎", "leads", "東邦精機ホールディングス") in edge_rules(colon)


def test_the_chief_in_a_gloss_that_ends_with_an_alias() -> None:
    text = (
        "ミナトロボ株式会社(本社:東京都港区、代表取締役社長:山田花子、以下「ミナトロボ」)は新型機を発表した。"
    )
    assert edge_rules(text)[("山田花子", "leads", "ミナトロボ")] == ["nominal.chief_in_gloss"]


def test_companies_listed_each_with_a_gloss_are_one_list() -> None:
    text = (
        "ミナト(本社:北九州市)、ミナトデータコム(本社:東京都港区)は9月25日、国内市場での事業拡充を"
        "見据え、業務提携したと発表した。"
    )
    found = edge_rules(text)
    assert ("ミナト", "partnersWith", "ミナトデータコム") in found
    # the gloss is about the name it follows, not about the whole list
    assert ("ミナト", "basedIn", "北九州市") in found
    assert ("ミナトデータコム", "basedIn", "北九州市") not in found
    assert ("ミナト", "basedIn", "港区") not in found
    # a name written before a longer one that begins with it is no short form of it
    assert {"ミナト", "ミナトデータコム"} <= set(nodes(text))


def test_an_alias_a_document_declares_beats_the_lexicons_entry_of_that_name() -> None:
    # FDA is the US drug regulator in the lexicon; here the text gives it to an airline
    text = "静岡空港が拠点のミナトエアラインズ(FDA、静岡市)は増便する。FDAの山田一郎社長は記者会見で述べた。"
    found = edge_rules(text)
    assert ("山田一郎", "leads", "ミナトエアラインズ") in found
    assert "米食品医薬品局" not in nodes(text)


def test_a_name_describing_the_next_is_no_member_of_the_list_before() -> None:
    text = "参加するのは北斗ウイングス(東京)、東都航空系のミナトエア(大阪府池田市)の2社。"
    found = edge_rules(text)
    assert ("ミナトエア", "subsidiaryOf", "東都航空") in found
    assert ("ミナトエア", "subsidiaryOf", "北斗ウイングス") not in found


def test_a_quoted_name_with_a_bodys_ending_is_an_organisation() -> None:
    text = "地域航空会社4社は1日、「ミナト航空協議会」を設立したと発表した。"
    assert nodes(text)["ミナト航空協議会"]["type"] == "Organization"


def test_a_second_person_in_a_sentence_takes_the_main_company_too() -> None:
    # the company added for the first person is not written in the sentence; the headline names it
    # (the company mentioned most, with no headline, was 0 right of 3 on published articles)
    text = (
        "北斗電機、社長交代\n\n北斗電機の山田一郎会長は1994年に社長に就任した。会社では佐藤次郎社長が会長に、"
        "新しい社長に鈴木三郎専務が就任する人事を発表した。"
    )
    found = edge_rules(text)
    assert ("佐藤次郎", "leads", "北斗電機") in found
    assert ("鈴木三郎", "leads", "北斗電機") in found


def test_who_leads_a_company_does_not_also_work_for_it() -> None:
    found = edge_rules("北斗電機は取締役に山田一郎氏を選任した。山田氏は同日付で社長に就任した。")
    assert ("山田一郎", "leads", "北斗電機") in found
    assert ("山田一郎", "worksFor", "北斗電機") not in found


def test_a_short_name_the_text_relates_to_the_longer_is_another_company() -> None:
    # ミナト is short for ミナトホールディングス elsewhere; here it is held by it
    found = edge_rules("製菓大手ミナトを傘下に持つミナトホールディングスは株主総会を開いた。")
    assert ("ミナト", "subsidiaryOf", "ミナトホールディングス") in found


def test_a_country_after_a_middle_dot_is_the_leaders_not_part_of_the_name() -> None:
    text = "山田一郎首相はハンブルクで、ナレンドラ・モディ・インド首相と会談した。"
    found = edge_rules(text)
    assert ("ナレンドラ・モディ", "leads", "インド") in found
    assert "ナレンドラ・モディ・インド" not in nodes(text)


def test_a_nationality_before_a_title_is_nobodys_name() -> None:
    assert "米" not in nodes("山田氏は今月訪米し、米大統領就任式に出席した。")


def test_meeting_someone_in_the_continuative_form() -> None:
    found = edge_rules("山田一郎首相は24日、官邸で佐藤花子外相と会い、日程を協議した。")
    assert ("山田一郎", "meets", "佐藤花子") in found or ("佐藤花子", "meets", "山田一郎") in found


def test_two_lexicon_entries_are_never_one_company_by_short_form() -> None:
    # the telecom and its holding company: the lexicon lists them apart
    found = nodes("ソフトバンクグループは投資を増やす。ソフトバンクは通信料金を下げる。")
    assert {"ソフトバンク", "ソフトバンクグループ"} <= set(found)


def test_hd_in_parentheses_is_the_short_form_the_text_goes_on_to_use() -> None:
    for gloss in ("(HD)", "(HD、東京)"):
        text = f"Qホールディングス{gloss}は、新工場を建てる。QHDの山田一郎社長は会見した。"
        assert ("山田一郎", "leads", "Qホールディングス") in edge_rules(text), gloss


def test_sha_after_a_company_belongs_to_its_slot() -> None:
    # スペースX社の: 社 is part of how the company is written, not a word between it and の
    found = edge_rules("北斗宇宙は、米ミナトスペース社のロケット「ホシ9」で着陸機を打ち上げる。")
    assert ("ミナトスペース", "develops", "ホシ9") in found


def test_companies_that_integrate_a_business_are_partners() -> None:
    found = edge_rules("北斗商事、南海汽船、東都重工は31日、コンテナ船事業を統合すると発表した。")
    assert {("北斗商事", "partnersWith", "南海汽船"), ("南海汽船", "partnersWith", "北斗商事")} & set(found)


def test_what_two_companies_invest_in_together_is_no_partner() -> None:
    text = "北斗電機は、西方化学と東洋製作所が共同出資する設計会社「ソラ設計(ソラデザイン)」に資本参画する。"
    found = edge_rules(text)
    (name,) = [n for n in nodes(text) if n.startswith("ソラ")]
    assert ("西方化学", "investsIn", name) in found
    assert ("北斗電機", "investsIn", name) in found
    assert not {("西方化学", "partnersWith", name), (name, "partnersWith", "西方化学")} & set(found)
    # the reading in parentheses inside the quotes is another name of it, not part of its name
    assert {name, *nodes(text)[name]["aliases"]} == {"ソラ設計", "ソラデザイン"}


def test_a_group_company_of_x_is_not_x() -> None:
    found = edge_rules("アイリス電機は、ロボット開発を行う北斗電機のグループ会社に100億円を出資する。")
    assert ("アイリス電機", "investsIn", "北斗電機") not in found


def test_both_companies_after_a_deal_between_them() -> None:
    found = edge_rules("北斗電機は南海化学と資本業務提携した。両社は2021年に合弁会社ミナトロボを設立した。")
    assert ("北斗電機", "investsIn", "ミナトロボ") in found
    assert ("南海化学", "investsIn", "ミナトロボ") in found


def test_both_parties_after_a_deal_between_two_companies() -> None:
    found = edge_rules("北斗電機はミナト商事から出資を受け入れた。両者の資本・業務提携で合意したと発表した。")
    pair = {("ミナト商事", "partnersWith", "北斗電機"), ("北斗電機", "partnersWith", "ミナト商事")}
    assert pair & set(found)


def test_companies_counted_after_a_describing_noun_are_new_ones() -> None:
    found = edge_rules(
        "事業には北斗商事と南海物産が出資する。さらに中国の石油関連企業2社が1割ずつ出資することが決まった。"
    )
    assert not [e for e in found if e[1] == "basedIn" and e[2] == "中国"], found


def test_a_deal_a_new_one_is_measured_against_is_not_its_object() -> None:
    found = edge_rules("北斗銀行はセキュリティバンクに出資する。タイ大手銀アユタヤ銀行に次ぐ大型投資になる。")
    assert ("北斗銀行", "investsIn", "セキュリティバンク") in found
    assert ("北斗銀行", "investsIn", "アユタヤ銀行") not in found
    assert "銀アユタヤ銀行" not in nodes("タイ大手銀アユタヤ銀行に次ぐ大型投資になる。")


def test_what_partners_invest_in_together_is_not_a_partner() -> None:
    found = edge_rules("北斗物産は南海商事と共同出資するミナト社を通じて事業に参画する。")
    assert not [e for e in found if e[1] == "partnersWith" and "ミナト" in e[0] + e[2]], found


def test_an_acronym_the_lexicon_knows_keeps_its_type() -> None:
    assert nodes("北斗電機はAIと提携して事業を広げる。").get("AI", {}).get("type") != "Company"


def test_a_holder_shares_are_bought_from_is_no_holder_of_the_buyer() -> None:
    text = "北斗銀行は、ミナト銀行に4割出資する。筆頭株主の政府系ファンド、南海HDから株式を譲り受ける。"
    found = edge_rules(text)
    assert ("南海HD", "investsIn", "北斗銀行") not in found, found
    holder = edge_rules("北斗銀行は増資する。筆頭株主の政府系ファンド、南海HDは反対した。")
    assert ("南海HD", "investsIn", "北斗銀行") in holder, holder
    assert not [n for n in nodes(text) if "ファンド" in n]


def test_a_government_affiliated_fund_is_not_the_government() -> None:
    assert "シンガポール政府" not in nodes("シンガポール政府系ファンドが出資した。")


def test_a_us_state_governor_leads_the_state() -> None:
    found = edge_rules("出席者はジョン・ミラー・オハイオ州知事だった。")
    assert ("ジョン・ミラー", "leads", "オハイオ州") in found, found


def test_a_board_title_after_a_company_ends_its_name() -> None:
    text = "会合には山田一郎北斗電機取締役名誉会長、佐藤花子(株)ミナト商事取締役副会長が出席した。"
    found = nodes(text)
    assert {"北斗電機", "ミナト商事"} <= set(found), sorted(found)
    assert not [n for n in found if "取締役" in n], sorted(found)


def test_a_legal_form_before_a_post_is_the_companys() -> None:
    found = nodes("ソラテック(株)社長の山田一郎氏は、北斗電機(株)代表取締役社長等と会談した。")
    assert found["ソラテック"]["type"] == "Company" and found["北斗電機"]["type"] == "Company", sorted(found)
    assert not [n for n in found if "取締役" in n], sorted(found)


def test_an_unknown_katakana_name_listed_in_a_deal_is_a_company() -> None:
    text = "北斗ホールディングス(HHD)とソラシド(SLD)は経営統合で合意した。HHDは10月にSLDを子会社化する。"
    found = edge_rules(text)
    assert ("ソラシド", "subsidiaryOf", "北斗ホールディングス") in found, found
    assert "ソラシド" not in nodes("北斗ホールディングスとソラシドは東京で会見した。")


def test_a_known_company_after_a_brand_is_no_alias_of_the_brand() -> None:
    found = nodes("山田氏は日立製作所、ユニクロ(ファーストリテイリング)、ソニーなどで働いた。")
    assert "ファーストリテイリング" in found, sorted(found)


def test_a_business_unit_in_a_deal_is_no_company() -> None:
    assert "英国事業" not in nodes("北斗通信とミナト商事の英国事業が統合して新会社が発足した。")


def test_a_stake_buyer_named_in_its_own_sentence_is_not_the_previous_topic() -> None:
    found = edge_rules("ミナト銀行は北斗証券と提携した。南海商事は北斗証券の株式の5%を取得する。")
    assert ("ミナト銀行", "investsIn", "北斗証券") not in found, found


def test_a_minority_stake_bought_is_read_as_an_investment() -> None:
    found = edge_rules("北斗電機は、南海化学の株を15%買い取った。")
    assert found.get(("北斗電機", "investsIn", "南海化学")) == ["frame.acquires.stake"], found
    assert ("北斗電機", "acquires", "南海化学") not in found


def test_shares_bought_without_a_word_of_control_are_no_acquisition() -> None:
    found = edge_rules(
        "北斗電機は南海化学の株式を取得する。また、南海化学は同額相当の北斗電機株式を取得する。"
    )
    assert not [e for e in found if e[1] == "acquires"], found
    assert ("北斗電機", "investsIn", "南海化学") in found
    assert ("北斗電機", "acquires", "南海化学") in edge_rules("北斗電機は南海化学の全株式を取得する。")


def test_a_company_founded_with_others_is_no_subsidiary_of_one() -> None:
    found = edge_rules("北斗電機と東都商事は新会社「南海ロボティクス」を設立した。")
    assert not [e for e in found if e[1] == "subsidiaryOf"], found
    assert ("南海ロボティクス", "subsidiaryOf", "北斗電機") in edge_rules(
        "北斗電機は南海ロボティクスを分社化した。"
    )


def test_a_nationality_before_a_list_member_keeps_the_list() -> None:
    found = edge_rules("ミナトHDは、北斗電機と韓国ソラ電子が折半出資する会社だ。")
    assert ("北斗電機", "investsIn", "ミナトHD") in found, found
    assert ("ソラ電子", "investsIn", "ミナトHD") in found, found


def test_a_cue_the_parse_cut_in_two_keeps_its_arguments() -> None:
    found = edge_rules("ミナトHDは、北斗電機とソラ電子が折半出資する会社だ。")
    assert ("ソラ電子", "investsIn", "ミナトHD") in found, found


def test_a_space_centre_is_a_place() -> None:
    found = nodes("北斗重工は内之浦宇宙センターからロケットを打ち上げた。")
    assert found["内之浦宇宙センター"]["type"] == "Place", sorted(found)


def test_a_body_a_venue_is_named_after_is_not_there() -> None:
    found = nodes("3社の社長は東京都千代田区の経団連会館で会見した。")
    assert not [n for n, d in found.items() if d["type"] == "Organization"], sorted(found)


def test_an_anaphor_is_not_the_topic_of_its_own_sentence_and_chains() -> None:
    text = "南海銀行はインドの大手民間銀行だ。北斗銀行は同行に20%出資する。同行の山田一郎頭取は歓迎した。"
    found = edge_rules(text)
    assert ("北斗銀行", "investsIn", "南海銀行") in found, found
    assert ("山田一郎", "leads", "南海銀行") in found, found


def test_a_place_a_relative_clause_gives_another_company_is_not_the_topics() -> None:
    found = edge_rules("北斗電機はまた、深圳に拠点を置く南海ロボティクスと提携している。")
    assert ("南海ロボティクス", "basedIn", "深圳") in found
    assert ("北斗電機", "basedIn", "深圳") not in found, found


def test_the_subject_of_a_clause_describing_a_place_does_not_act() -> None:
    text = "同社は、米国のAIチップ大手南海化学がヒューストンで建設した工場に、ヒューマノイドを導入する。"
    assert not [e for e in edge_rules(text) if e[1] == "uses"]


def test_a_venture_capital_is_no_name() -> None:
    assert not nodes("ベンチャーキャピタルのUTECは出資した。ヘッジファンドも続いた。").keys() & {
        "キャピタル",
        "ベンチャーキャピタル",
        "ヘッジファンド",
    }


def test_a_former_name_in_parentheses_is_an_alias() -> None:
    found = nodes("南海エナジー(旧社名・東都電力)は増資した。東都電力の時代から続く事業だ。")
    assert set(found) == {"南海エナジー"}, sorted(found)
    assert found["南海エナジー"]["aliases"] == ["東都電力"]


def test_a_foreign_name_the_parse_cut_from_its_title_keeps_the_case() -> None:
    found = edge_rules("山田一郎首相は10日、北斗電機のジョン・スミス社長と首相官邸で面会した。")
    assert ("山田一郎", "meets", "ジョン・スミス") in found, found


def test_a_use_before_a_line_of_business_is_no_company() -> None:
    assert "商業用不動産" not in nodes("北斗銀行は米商業用不動産向けの融資を減らす。")


def test_a_lexicon_name_is_no_cut_of_a_longer_company_name() -> None:
    text = "アイリス電機は、ソフトバンクロボティクスグループに出資した。ソフトバンクは通信会社だ。"
    assert {"ソフトバンク", "ソフトバンクロボティクスグループ"} <= set(nodes(text))


def test_a_word_beginning_with_a_nationality_prefix_is_no_nationality() -> None:
    found = edge_rules("北斗飲料は25日、中堅乳業メーカー、ミナト乳業(広島県廿日市市)を買収すると発表した。")
    assert ("ミナト乳業", "basedIn", "中国") not in found
    assert ("ミナト乳業", "basedIn", "廿日市市") in found


def test_the_titled_person_belongs_to_the_company_the_sentence_names_with_niwa() -> None:
    text = (
        "北斗電機は24日、ミナト実業(広島県福山市)を買収すると発表した。"
        "ミナト実業には取締役を派遣する予定だが、山田一郎社長は留任する。"
    )
    found = edge_rules(text)
    assert ("山田一郎", "leads", "ミナト実業") in found
    assert ("山田一郎", "leads", "北斗電機") not in found


def test_a_makers_list_may_open_with_an_item_not_found_as_a_name() -> None:
    found = edge_rules("対象は、北斗電機のコータ/デベロッパ、エッチング装置、南海工業の検査装置だ。")
    assert ("北斗電機", "develops", "エッチング装置") in found
    # a clause in between is no list item: the parent does not make what its subsidiary makes
    found = edge_rules("南海化学は北斗電機の傘下で、新型電池「ソラ」を製造している。")
    assert ("北斗電機", "develops", "ソラ") not in found


def test_a_two_letter_alias_declared_in_parentheses_is_found_again() -> None:
    text = "南海化学は米ミナト・デジタル(MD)に出資した。北斗電機とMDは、統合で合意することを目指していた。"
    found = edge_rules(text)
    assert ("北斗電機", "partnersWith", "ミナト・デジタル") in found or (
        "ミナト・デジタル",
        "partnersWith",
        "北斗電機",
    ) in found
    assert "MD" not in nodes(text)


def test_the_capitals_a_company_name_begins_with_stand_for_it() -> None:
    text = "韓国の半導体大手KMハイテックは北斗電機に出資した。KMはNAND型フラッシュメモリーを製造している。"
    assert ("KMハイテック", "develops", "NAND型フラッシュメモリー") in edge_rules(text)
    # not where the lexicon gives the capitals to another company
    assert {"NTT", "NTTドコモ"} <= set(nodes("NTTドコモは新料金を発表した。NTTは持ち株会社だ。"))


def test_a_company_name_without_its_line_of_business_is_the_company() -> None:
    # 北斗航空 → 北斗, 南海物産 → 南海: the name's stem, later in the article
    found = edge_rules("北斗航空は、天野実業(広島県福山市)を買収する。北斗の子会社である和光堂は整備を担う。")
    assert ("和光堂", "subsidiaryOf", "北斗航空") in found


def test_a_prime_minister_written_with_a_country_is_that_countrys() -> None:
    found = edge_rules("英国のスターマー首相は演説した。日本との貿易に触れた。スターマー首相は減税を語った。")
    assert ("キア・スターマー", "leads", "日本") not in found


def test_quoted_names_listed_together_are_one_list() -> None:
    text = "中国商務省は、「北斗造船」や「ミナト重工」など日本の20の企業や機関を輸出規制リストに加えた。"
    found = edge_rules(text)
    assert ("中国商務省", "restricts", "北斗造船") in found
    assert ("中国商務省", "restricts", "ミナト重工") in found


def test_bank_copy_short_names_glosses_and_lists() -> None:
    text = (
        "地方銀行大手の北斗フィナンシャルグループ(FG、福岡市、山田一郎社長)と地銀中堅の南海銀行"
        "(長崎市、佐藤次郎頭取)は26日、経営統合することで合意した。南海銀の佐藤次郎頭取は会見した。"
        "北斗FGは福岡県でシェアトップの北斗銀行が中核だ。"
    )
    found = edge_rules(text)
    # the chief after an alias and a place in the gloss
    assert ("山田一郎", "leads", "北斗フィナンシャルグループ") in found
    # a list across a descriptor (地銀中堅の) and glosses
    fg = "北斗フィナンシャルグループ"
    assert {(fg, "partnersWith", "南海銀行"), ("南海銀行", "partnersWith", fg)} & set(found)
    # 南海銀 is 南海銀行; シェア is no person
    names = set(nodes(text))
    assert "南海銀" not in names and "シェア" not in names


def test_a_gloss_between_a_subject_and_its_particle() -> None:
    text = "世界最大手の北斗電機(本社デンマーク)が日本の風力大手の南海工業、東都精機の2社と共同で応札する。"
    found = set(edge_rules(text))
    assert {("北斗電機", "partnersWith", "東都精機"), ("東都精機", "partnersWith", "北斗電機")} & found


def test_companies_a_topic_partners_with_do_not_partner_each_other() -> None:
    found = set(edge_rules("北斗電機は29日、南海工業、東都物産、西方化学の各社と資本業務提携した。"))
    assert ("北斗電機", "partnersWith", "東都物産") in found
    assert not {("南海工業", "partnersWith", "東都物産"), ("東都物産", "partnersWith", "南海工業")} & found


def test_an_alias_after_a_quoted_name_and_a_stake_under_half() -> None:
    text = (
        "4社は持株会社「北斗中京ホールディングス」(HCH)を設立する。"
        "南海テレビホールディングスは、HCHの株式を20%以上取得して、筆頭株主となる。"
    )
    found = edge_rules(text)
    assert "HCH" not in nodes(text)
    assert ("南海テレビホールディングス", "investsIn", "北斗中京ホールディングス") in found
    assert ("南海テレビホールディングス", "acquires", "北斗中京ホールディングス") not in found


def test_a_count_with_its_names_in_parentheses_stands_for_them() -> None:
    # 大手3社(A、B、C)は: the names in parentheses are the count's, and the subject's
    found = edges("電機大手3社(北斗電機、ミナト工業、ソラ化成)は業務提携で合意した。")
    assert {
        ("北斗電機", "partnersWith", "ミナト工業"),
        ("北斗電機", "partnersWith", "ソラ化成"),
        ("ミナト工業", "partnersWith", "ソラ化成"),
    } <= found, sorted(found)


def test_a_counted_topic_carries_into_a_later_clause() -> None:
    # the topic of the first clause (…合意しているが、) does what the second says too
    text = (
        "電機大手2社(北斗電機、ミナト工業)は、販売で協力しているが、300億円を共同出資し、新会社を設立する。"
    )
    assert ("北斗電機", "partnersWith", "ミナト工業") in edges(text), sorted(edges(text))


def test_a_securities_code_before_a_name_is_no_part_of_it() -> None:
    # 3社(9101北斗汽船、…): the four-digit code before each name is its ticker, not its name
    found = nodes("海運大手2社(9101北斗汽船、9104ミナト商船)は統合を発表した。")
    assert {"北斗汽船", "ミナト商船"} <= set(found), sorted(found)


def test_an_unknown_party_of_a_deal_is_a_company_with_its_edge() -> None:
    # ホシテック is known by no lexicon or suffix: the deal makes it a company, and the edge follows
    found = edges("ホシテックは菓子メーカーの北斗製菓を連結子会社化すると発表した。")
    assert ("北斗製菓", "subsidiaryOf", "ホシテック") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # the object of the clause joined before the cue is the cue's too
        ("北斗電機は南海化学に出資し、子会社化する。", ("南海化学", "subsidiaryOf", "北斗電機")),
        # …the shares' owner, past a phrase the parse hung the object on
        (
            "北斗電機は、ミナト工業の株式を公開買付けにより取得し、連結子会社化すると発表した。",
            ("ミナト工業", "subsidiaryOf", "北斗電機"),
        ),
    ],
)
def test_an_object_shared_with_the_clause_before(text: str, edge: tuple[str, str, str]) -> None:
    rules = edge_rules(text)
    assert any(r.endswith(".shared_object") for r in rules.get(edge, [])), rules


@pytest.mark.parametrize(
    "text",
    [
        # a reporting verb shares no object: what is used is not what is announced
        "北斗通信は3日、ミナト宇宙の衛星サービス「ホシリンク」を使い、データ通信を始めると発表した。",
        # a passive cue's subject is another
        "南海化学には北斗電機が出資しており、同社の製品は企業に提供されている。",
    ],
)
def test_no_object_shared_where_the_cue_says_otherwise(text: str) -> None:
    rules = edge_rules(text)
    assert not any(r.endswith(".shared_object") for rs in rules.values() for r in rs), rules


def test_a_cleft_names_its_object_last_past_a_long_description() -> None:
    # the frame reads the cleft: the cue's clause ends with のは, the named phrase closes the sentence
    text = "北斗電機が買収したのは、米国で冷凍食品の製造を手掛ける「ミナト・ホールディングス社」です。"
    rules = edge_rules(text)
    assert "frame.acquires.cleft" in rules.get(("北斗電機", "acquires", "ミナト・ホールディングス"), []), (
        rules
    )
    # a quoted name with a company's form is a company, and the cleft's subject makes nothing in it
    assert nodes(text)["ミナト・ホールディングス"]["type"] == "Company"
    assert ("北斗電機", "develops", "冷凍食品") not in rules, rules


def test_a_cleft_names_no_object_that_is_no_name() -> None:
    assert not any(k[1] == "acquires" for k in edge_rules("北斗電機が買収したのは工場だ。"))


def test_an_alias_announced_after_sha_without_quotes() -> None:
    # ミナトマヨネーズ社(東証上場、以下MM社): MM, and MM社, are the company from there on
    found = nodes("ミナトマヨネーズ社(東証上場、以下MM社)は増資を発表した。MM社の株価は上がった。")
    assert "MM" not in found and "ミナトマヨネーズ" in found, sorted(found)
    assert "MM" in found["ミナトマヨネーズ"]["aliases"], found["ミナトマヨネーズ"]


def _known_names(text: str) -> dict[str, str]:
    from kg.lexicon import load_lexicon
    from kg.mentions import MentionFinder
    from kg.mentions.sources.known import known_names
    from kg.parse import parse_documents
    from kg.read import make_document

    finder = MentionFinder(load_lexicon())
    parsed = next(iter(parse_documents([make_document("t", "t", text)])))
    first = [m for s in parsed.sentences for m in finder.sentence_mentions("t", s)]
    return {form: k.name for form, k in known_names(first).items()}


def test_a_short_form_two_named_companies_share_is_no_ones() -> None:
    # 三菱 is short for 三菱商事 only while no 三菱自動車工業 is named too
    assert _known_names("三菱商事と三菱自動車工業は提携した。").get("三菱") != "三菱商事"
    assert _known_names("三菱商事は増資した。").get("三菱") == "三菱商事"
    # a unit named after the company leaves the short form to it
    known = _known_names("トヨタ自動車はトヨタ自動車研究開発センターを設けた。")
    assert known.get("トヨタ") == "トヨタ自動車", known


def test_a_side_of_a_deal_is_no_company() -> None:
    # 三菱側: the side of a deal, listed with a company, names no company of its own
    assert "三菱側" not in nodes("広州汽車集団と三菱側は合弁会社を設立する。")


def test_a_heading_line_with_a_name_is_the_topic_of_the_lines_below() -> None:
    # a digest: ▶<company> on a line of its own, then what it does, its subject left unsaid
    text = "▶北斗電機\n群馬県館林市に新工場を建設する。\n▶ミナト工業\nグループ会社の南海化学に新工場を増設。"
    found = edges(text)
    assert ("北斗電機", "basedIn", "館林市") in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "ミナト工業") in found, sorted(found)


def test_money_raised_is_no_purchase() -> None:
    found = edges("北斗電機は第三者割当増資で南海化学から30億円を調達する。")
    assert ("南海化学", "investsIn", "北斗電機") in found and (
        "南海化学",
        "supplies",
        "北斗電機",
    ) not in found
    assert ("南海化学", "supplies", "北斗電機") in edges("北斗電機は南海化学から部品を調達する。")


@pytest.mark.parametrize(
    ("text", "majority"),
    [
        ("北斗電機が過半を出資する南海化学は増益だった。", True),
        ("北斗電機が51%を出資する合弁会社ミナトテックは増益だった。", True),
        ("北斗電機が50%、南海化学が50%を出資する合弁会社ミナトテック。", False),  # 折半: no control
        ("北斗電機が20%を出資するミナトテックは増益だった。", False),
    ],
)
def test_a_majority_stake_makes_a_subsidiary(text: str, majority: bool) -> None:
    rules = edge_rules(text)
    found = any(k[1] == "subsidiaryOf" and any(r.endswith(".majority") for r in v) for k, v in rules.items())
    assert found == majority, rules


def test_a_head_office_it_has_is_where_a_company_is_based() -> None:
    assert ("北斗電機", "basedIn", "札幌市") in edges("北斗電機は札幌市内に本社を持つ。")


def test_a_partner_named_with_tono_is_no_member_of_a_list() -> None:
    # 南海化学との合弁会社ミナトテック: with 南海化学, not 南海化学 and ミナトテック
    found = edges("北斗電機は南海化学との合弁会社ミナトテックを設立した。")
    assert ("北斗電機", "investsIn", "ミナトテック") in found, sorted(found)
    assert ("北斗電機", "investsIn", "南海化学") not in found, sorted(found)


def test_a_company_acted_through_is_no_object_of_the_cue() -> None:
    # ミナトテックを / 通じて: cut in two by the parse, still a means, not what is bought
    found = edges("北斗電機は米子会社ミナトテックを通じて全株式を取得する。")
    assert ("北斗電機", "acquires", "ミナトテック") not in found, sorted(found)
    assert ("ミナトテック", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_nationality_and_a_line_of_business_is_no_company() -> None:
    # 米製薬のX: a US drugmaker, described; X is the company
    found = nodes("北斗製薬は米製薬のミナトファーマと販売契約を結んだ。")
    assert "米製薬" not in found and "ミナトファーマ" in found, sorted(found)
    assert ("北斗製薬", "partnersWith", "ミナトファーマ") in edges(
        "北斗製薬は米製薬のミナトファーマと販売契約を結んだ。"
    )


def test_a_gloss_names_the_parent_of_the_name_before_it_only() -> None:
    # ミナト工業(北斗電機の100%子会社)と日立造船: 日立造船 is no subsidiary of 北斗電機
    found = edges("ミナト工業(北斗電機の100%子会社)と日立造船が契約を締結した。")
    assert ("ミナト工業", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("日立造船", "subsidiaryOf", "北斗電機") not in found, sorted(found)


def test_a_company_a_cleft_founds_is_the_new_company_of_the_stakes_after_it() -> None:
    text = (
        "北斗電機は南海化学と共同出資会社を設立したと発表した。"
        "18日に設立したのは「ミナトウインド」(東京都千代田区)で、資本金は1千万円。"
        "北斗電機が51%、南海化学が49%を出資した。"
    )
    found = edges(text)
    assert {
        ("北斗電機", "investsIn", "ミナトウインド"),
        ("南海化学", "investsIn", "ミナトウインド"),
        ("ミナトウインド", "subsidiaryOf", "北斗電機"),
        ("ミナトウインド", "basedIn", "千代田区"),
    } <= found, sorted(found)


def test_rivalry_named_by_a_noun_and_a_grant_after_approval() -> None:
    assert ("北斗電機", "competesWith", "南海化学") in edges(
        "北斗電機は南海化学と激しいシェア争いを繰り広げている。"
    )
    # the object of the clause before (Xの計画を認定し、) when the cue's own object is money
    found = edges("経済産業省は北斗電機の計画を認定し、最大100億円を助成する。")
    assert ("経済産業省", "supports", "北斗電機") in found, sorted(found)


def test_a_lexicon_body_ending_with_an_event_word_is_no_event() -> None:
    # 経済財政諮問会議: the lexicon's government body, though 会議 ends event names too
    assert nodes("経済財政諮問会議は方針を決めた。").get("経済財政諮問会議", {}).get("type") == "Government"


@pytest.mark.parametrize(
    ("text", "edges_expected"),
    [
        # a passive before an auxiliary verb (出資さ|れ|て|いる) is still a passive
        ("南海化学は北斗電機に出資されている。", {("北斗電機", "investsIn", "南海化学")}),
        ("南海化学は北斗電機から出資された。", {("北斗電機", "investsIn", "南海化学")}),
        # investsIn turns its roles round in the passive (the option had been lost in a comment)
        (
            "南海化学は北斗電機やソラ化成からも出資を受けている。",
            {("北斗電機", "investsIn", "南海化学"), ("ソラ化成", "investsIn", "南海化学")},
        ),
    ],
)
def test_passive_investments(text: str, edges_expected: set[tuple[str, str, str]]) -> None:
    found = edges(text)
    assert edges_expected <= found, sorted(found)
    assert ("南海化学", "investsIn", "北斗電機") not in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        # a list ending with など before a count with a word before its number (国内8社)
        "ミライ技研は東邦自動車、北斗電機、南海精機など国内8社の出資で2022年に設立された。",
        # a clause of coming into being
        "ミライ技研は、東邦自動車と北斗電機、南海精機の出資で2022年に発足した。",
    ],
)
def test_investors_named_as_the_means_of_a_founding(text: str) -> None:
    rules = edge_rules(text)
    for investor in ("東邦自動車", "北斗電機", "南海精機"):
        assert "frame.investsIn.means" in rules.get((investor, "investsIn", "ミライ技研"), []), rules


def test_the_means_of_an_active_clause_names_no_investment() -> None:
    # the plant is built with the money, the builder is not invested in
    rules = edge_rules("北斗電機は、東邦自動車の出資で新工場を建設する。")
    assert not [e for e in rules if e[1] == "investsIn"], rules


def test_a_topic_is_no_member_of_the_list_a_count_sums_up() -> None:
    rules = edge_rules("北斗電機は東邦自動車、南海精機の2社と提携した。")
    assert ("北斗電機", "partnersWith", "東邦自動車") in rules, rules
    assert ("北斗電機", "partnersWith", "北斗電機") not in rules and len(rules) == 2, rules


def test_a_subsidiary_named_before_a_clause_closes_is_not_the_next_name() -> None:
    # 子会社ミライ製造で、東邦自動車が…: the name after the comma begins another clause
    rules = edge_rules("北斗電機の子会社ミライ製造で、東邦自動車が出資している。")
    assert ("東邦自動車", "subsidiaryOf", "北斗電機") not in rules, rules


@pytest.mark.parametrize(
    "text",
    [
        # 子会社化 is a deal, not a subsidiary written before a name
        "北斗電機は子会社化し、南海化学と組む。",
        # a clause that ends with another's subsidiary (で、) names the next company in a clause of its own
        "ミナト・ニュークリアは南海電力の子会社で、北斗重工は2018年からミナト・ニュークリアに約20%出資している。",
    ],
)
def test_no_subsidiary_of_the_topic_across_a_clause(text: str) -> None:
    rules = edge_rules(text)
    assert not [e for e in rules if e[1] == "subsidiaryOf" and e[0] in ("南海化学", "北斗重工")], rules


def test_a_mid_sized_company_is_named_without_its_descriptor() -> None:
    # 中堅 describes, the name begins after it; the subject of 子会社 is a company by the deal word
    found = nodes("ミナト・コンピューティングは、ゲーム開発の中堅南海ホールディングスの子会社。")
    assert set(found) == {"ミナト・コンピューティング", "南海ホールディングス"}, sorted(found)
    assert found["ミナト・コンピューティング"]["type"] == "Company"


def test_an_unnamed_parent_as_topic_carries_no_earlier_topic() -> None:
    # 親会社は…と提携: the subject is said (the parent), so the previous sentence's topic is not it
    first = "ミナト・デジタルは、南海ホールディングスの子会社。"
    text = first + "親会社は同日、北斗電機との資本業務提携で合意したと発表した。"
    rules = edge_rules(text)
    assert ("ミナト・デジタル", "partnersWith", "北斗電機") not in rules, rules
    # without the unnamed subject the topic carries as before
    text = first + "同日、北斗電機との資本業務提携で合意したと発表した。"
    assert ("ミナト・デジタル", "partnersWith", "北斗電機") in edge_rules(text)


def test_a_unit_of_the_previous_topic_past_a_short_description() -> None:
    text = "北斗電機は資金を集める。傘下の英半導体大手ミナト・ホールディングスを資金源に活用する。"
    rules = edge_rules(text)
    assert rules.get(("ミナト・ホールディングス", "subsidiaryOf", "北斗電機")) == [
        "subsidiaryOf.of_previous_topic"
    ], rules


@pytest.mark.parametrize("text", ["トランプ次期大統領は演説した。", "トランプ次期米大統領と会談した。"])
def test_a_known_person_before_a_title_to_come(text: str) -> None:
    # 次期 (and a nationality) between a lexicon name and its title: the name still stands alone
    assert "ドナルド・トランプ" in nodes(text)


@pytest.mark.parametrize(
    "text",
    [
        "南海化学は、北斗電機が出資している。",
        "南海化学は2018年に設立され、米ベンチャーキャピタルの北斗電機などが出資している。",
    ],
)
def test_a_topic_is_the_object_when_the_cue_has_a_ga_subject(text: str) -> None:
    rules = edge_rules(text)
    assert "frame.investsIn.topic_is_object" in rules.get(("北斗電機", "investsIn", "南海化学"), []), rules


def test_a_topic_above_a_relative_clause_is_not_its_object() -> None:
    rules = edge_rules("北斗電機は、南海化学が出資するミナト工業と組む。")
    assert ("南海化学", "investsIn", "北斗電機") not in rules, rules
    assert ("南海化学", "investsIn", "ミナト工業") in rules, rules


def test_help_received_over_time_is_received() -> None:
    # 受け|て|き|た: the receiving verb is the first verb of the phrase, not 来る
    rules = edge_rules("北斗電機は英国政府から研究資金の支援を受けてきた。")
    assert rules.get(("英政府", "supports", "北斗電機")) == ["frame.supports.received"], rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("南海エナジーは全固体電池を作っている。", "frame.develops"),
        ("北斗電機は、南海エナジーが大阪府の工場でつくる全固体電池を採用する。", "frame.develops.relative"),
    ],
)
def test_what_a_company_makes_with_a_plain_verb(text: str, rule: str) -> None:
    rules = edge_rules(text)
    assert rule in rules.get(("南海エナジー", "develops", "全固体電池"), []), rules


def test_a_clause_describes_the_quoted_name_after_its_kind() -> None:
    # 共同開発した電気自動車(EV)のセダン「ソラ6」: the car developed is ソラ6, a sedan, an EV
    text = "北斗自動車は、江陵汽車と共同開発した電気自動車(EV)のセダン「ソラ6」を欧州で販売する。"
    rules = edge_rules(text)
    assert ("北斗自動車", "develops", "ソラ6") in rules, rules
    assert ("北斗自動車", "partnersWith", "江陵汽車") in rules, rules
    found = nodes(text)
    assert found["江陵汽車"]["type"] == "Company" and "セダン" not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "edge", "rule"),
    [
        (
            "北斗電機と伊ソラテックの企業連合が受注した。",
            ("北斗電機", "partnersWith", "ソラテック"),
            "partnersWith.pair_noun",
        ),
        (
            "北斗電機、南海化学、東都商事の3社によるコンソーシアムが落札した。",
            ("南海化学", "partnersWith", "東都商事"),
            "partnersWith.list_noun",
        ),
    ],
)
def test_members_of_a_consortium_are_partners(text: str, edge: tuple[str, str, str], rule: str) -> None:
    rules = edge_rules(text)
    assert rule in rules.get(edge, rules.get((edge[2], edge[1], edge[0]), [])), rules


def test_a_person_leads_a_company_described_at_length() -> None:
    rules = edge_rules("ミナト・ラボは山田太郎氏が率いる米半導体設計の新興企業ソラトロンから製造を受託した。")
    assert rules.get(("山田太郎", "leads", "ソラトロン")) == ["leads.led_by"], rules


def test_a_body_described_by_its_country() -> None:
    rules = edge_rules("北朝鮮のハッカー集団「ソラ」が関与した。")
    assert rules.get(("ソラ", "basedIn", "北朝鮮")) == ["basedIn.descriptor"], rules


def test_a_press_bureau_head_is_a_title_not_a_bureau() -> None:
    # 報道局長 after a name is the person's title: no 「山田花子報道局」 body
    found = nodes("中国外務省の山田花子報道局長は反発した。")
    assert set(found) == {"中国外務省", "山田花子"}, sorted(found)
    assert ("山田花子", "worksFor", "中国外務省") in edge_rules("中国外務省の山田花子報道局長は反発した。")


def test_a_body_named_with_its_nationality_is_no_descriptor() -> None:
    # 独自動車政策研究所 is 独 + 自動車政策研究所, not the descriptor 独自
    rules = edge_rules("独自動車政策研究所(IAP)の山田太郎所長は述べた。")
    assert ("山田太郎", "leads", "独自動車政策研究所") in rules, rules
    assert nodes("独自技術を磨く。") == {}


def test_a_joint_venture_named_before_nado() -> None:
    found = nodes("北斗製作所と米ミナト・ベルノバの合弁会社ソラ・ニュークリアなどが開発を競っている。")
    assert found.get("ソラ・ニュークリア", {}).get("type") == "Company", sorted(found)


def test_the_place_of_a_head_office_is_no_party_of_a_deal() -> None:
    found = nodes("ハイデルベルクに本社を置く北斗電機は出資を受けた。")
    assert found["ハイデルベルク"]["type"] == "Place", found


def test_a_district_after_its_prefecture_before_a_company() -> None:
    # 東京都港区の北斗電機は: the place right before the company is its district
    rules = edge_rules("東京都港区の北斗電機は発表した。")
    assert rules.get(("北斗電機", "basedIn", "港区")) == ["basedIn.place_of"], rules


@pytest.mark.parametrize(
    ("text", "investor", "rule"),
    [
        # the takers of an issue named after it
        (
            "ミナト・ロボティクスの第三者割当増資を北斗電機と南海化学が引き受けた。",
            "北斗電機",
            "investsIn.takes_up_issue",
        ),
        (
            "ミナト・ロボティクスの第三者割当増資を北斗電機と南海化学が引き受けた。",
            "南海化学",
            "investsIn.takes_up_issue",
        ),
        # a holder named before the company it holds
        ("北斗電機が筆頭株主のミナト・ロボティクスは上場した。", "北斗電機", "investsIn.shareholder"),
    ],
)
def test_investors_named_before_or_after_what_they_hold(text: str, investor: str, rule: str) -> None:
    rules = edge_rules(text)
    assert rule in rules.get((investor, "investsIn", "ミナト・ロボティクス"), []), rules


@pytest.mark.parametrize(
    "text",
    ["北斗電機は、首位の南海化学を追撃する。", "北斗電機は売上高で南海化学を追い抜いた。"],
)
def test_the_one_chased_is_a_rival(text: str) -> None:
    rules = edge_rules(text)
    assert rules.get(("北斗電機", "competesWith", "南海化学")) == ["frame.chases"], rules


def test_chasing_a_thing_names_no_rival() -> None:
    assert not edge_rules("北斗電機は開発を追撃する。")


def test_a_relative_clause_describes_every_name_listed_after_it() -> None:
    # 南海化学に出資する北斗電機と東邦自動車は: both invest, not only the first the parse hangs it on
    rules = edge_rules("南海化学に出資する北斗電機と東邦自動車は、撤退を決めた。")
    assert ("北斗電機", "investsIn", "南海化学") in rules, rules
    assert ("東邦自動車", "investsIn", "南海化学") in rules, rules


def test_the_subject_of_a_relative_clause_is_no_party_of_the_noun_it_describes() -> None:
    # 南海化学は、AとBが出資する合弁会社だ: 南海化学 is the joint venture, no partner of its owners
    rules = edge_rules("南海化学は北斗電機と東邦自動車が50%ずつ出資する合弁会社だ。")
    assert ("北斗電機", "investsIn", "南海化学") in rules, rules
    assert not any("南海化学" in (s, o) for s, p, o in rules if p == "partnersWith"), rules


def test_a_topic_before_holders_with_stakes_is_what_they_hold() -> None:
    # (南海化学は北斗電機が50%…を出資する, a clause that ends there, is investsIn.holder_under_topic's)
    rules = edge_rules("南海化学は北斗電機が50%、東邦自動車が50%を出資して設立された。")
    assert rules.get(("北斗電機", "investsIn", "南海化学")) == ["frame.investsIn.topic_is_object"], rules
    assert ("東邦自動車", "investsIn", "南海化学") in rules, rules
    # a topic with a stake of its own holds it; the unnamed company is no one's
    assert not edge_rules("北斗電機は新会社に60%を出資し、東邦自動車が40%を出資する。")


def test_a_quoted_name_is_one_phrase() -> None:
    # 対話型AI「ホシ|GPT」は: the parse starts a bunsetsu inside the quote; the name stays whole
    from kg.parse import parse_documents
    from kg.read import make_document
    from kg.relations.phrases import build_phrases

    (doc,) = parse_documents([make_document("t", "t", "北斗電機が開発した対話型AI「ホシGPT」は人気だ。")])
    sent = doc.sentences[0]
    texts = [sent.text[p.start : p.end] for p in build_phrases(sent)]
    assert "「ホシGPT」は" in texts, texts


@pytest.mark.parametrize(
    "text",
    [
        "北斗電機が開発した対話型AI「ホシGPT」は人気だ。",
        "北斗電機が開発した電気自動車のセダン「ホシGPT」を売る。",
    ],
)
def test_a_clause_describes_the_quoted_name_right_after_its_kind(text: str) -> None:
    rules = edge_rules(text)
    assert ("北斗電機", "develops", "ホシGPT") in rules, rules
    assert not [e for e in rules if e[1] == "develops" and e[2] != "ホシGPT"], rules


def test_a_clause_before_unnamed_words_describes_no_name_after_them() -> None:
    # 半導体に使う次世代のメモリー「X」: the words between name nothing; the topic does not use X
    rules = edge_rules("北斗電機は、半導体に使う次世代のメモリー「ホシ4」の出荷を始めた。")
    assert ("北斗電機", "uses", "ホシ4") not in rules, rules


def test_what_a_product_is_for_is_not_the_product() -> None:
    assert not edge_rules("北斗電機は、電気自動車(EV)用電池の量産を始める。")
    # a company before 向け is the customer supplied
    rules = edge_rules("北斗電機は南海自動車向けに電池の出荷を始めた。")
    assert ("北斗電機", "supplies", "南海自動車") in rules, rules


def test_a_basic_agreement_between_two_companies_is_a_partnership() -> None:
    rules = edge_rules("北斗電機は南海化学と基本合意した。")
    assert ("北斗電機", "partnersWith", "南海化学") in rules, rules


def test_a_meeting_named_after_a_pair_needs_the_pair() -> None:
    # 佐藤花子氏の会社の会談: the meeting is the company's, not the two people's
    assert not edge_rules("山田太郎社長と佐藤花子氏の会社の会談が開かれた。")


@pytest.mark.parametrize(
    "text",
    [
        "岸本首相は、北斗電機の山田太郎会長、南海化学の鈴木一郎社長らと都内で会談した。",
        "岸本首相は、北斗電機の山田太郎会長と夕食を共にした。",
    ],
)
def test_people_met_with_others_or_over_dinner(text: str) -> None:
    rules = edge_rules(text)
    assert ("岸本", "meets", "山田太郎") in rules, rules


def test_another_companys_unit_a_topic_deals_with_is_no_parent() -> None:
    rules = edge_rules("北斗電機は、南海化学の完全子会社と資本業務提携を締結した。")
    assert not [e for e in rules if e[1] == "subsidiaryOf"], rules


def test_a_listing_gloss_names_no_one() -> None:
    # 南海化学(東証:4999): neither the exchange nor the code is an entity, nor an alias
    found = nodes("南海化学(東証:4999)と南海電機(NASDAQ:NNKD)は提携した。")
    assert set(found) == {"南海化学", "南海電機"}, sorted(found)


def test_a_leader_called_by_the_first_part_of_the_name_keeps_the_country() -> None:
    text = "日本を訪問中のタイのソムチャイ・ウォン首相は会談した。席上、ソムチャイ首相は投資を求めた。"
    rules = edge_rules(text)
    assert ("ソムチャイ・ウォン", "leads", "タイ") in rules, rules
    assert ("ソムチャイ・ウォン", "leads", "日本") not in rules, rules
    assert "ソムチャイ" not in nodes(text)


def test_the_topic_of_a_clause_joined_before_the_cue_is_its_subject() -> None:
    # 東邦銀行は…売却し、南海化学株の3.5%を取得した: the bank takes the stake (株 after a name: its shares)
    rules = edge_rules("東邦銀行は北斗証券を売却し、南海化学株の3.5%を取得した。")
    assert ("東邦銀行", "investsIn", "南海化学") in rules, rules


def test_whose_shares_are_bought_is_a_company() -> None:
    # アメリカのミナトゲームズの株式を20%取得: an unknown katakana name owning shares is a company
    text = "北斗電機は2011年にアメリカのミナトゲームズの株式を20%取得した。"
    assert nodes(text)["ミナトゲームズ"]["type"] == "Company"
    assert ("北斗電機", "investsIn", "ミナトゲームズ") in edge_rules(text)


def test_a_head_speaking_for_the_company_stands_for_it() -> None:
    # 北斗電機の山田社長は、Xを買収すると発表した: the company buys, its president announces it
    rules = edge_rules("北斗電機の山田太郎社長は、南海化学を買収すると発表した。")
    assert ("北斗電機", "acquires", "南海化学") in rules, rules
    assert ("北斗電機", "partnersWith", "ミナト物産") in edge_rules(
        "北斗電機の山田太郎社長は、ミナト物産と手を組み、新事業を始める。"
    )


@pytest.mark.parametrize(
    "text",
    [
        # an analyst speaks for no one
        "東邦証券の山田太郎アナリストは、全固体電池の開発を急ぐべきだと指摘した。",
        # what a head says in a quotation is no act of the company
        "北斗電機の山田太郎社長は「生成AIを使う」と述べた。",
    ],
)
def test_a_person_speaking_does_not_make_the_organisation_act(text: str) -> None:
    rules = edge_rules(text)
    assert not [e for e in rules if e[0] in ("東邦証券", "北斗電機") and e[1] in ("develops", "uses")], rules


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("田中一郎経産相は北斗電機の山田太郎社長と懇談した。", ("田中一郎", "meets", "山田太郎")),
        ("北斗経済連合会の鈴木一郎会頭は述べた。", ("鈴木一郎", "leads", "北斗経済連合会")),
        (
            "北斗電機のインド子会社、ホクト・インディアが上場した。",
            ("ホクト・インディア", "subsidiaryOf", "北斗電機"),
        ),
        (
            "北斗電機は新会社「北斗南海電子」を設立する。出資比率は北斗電機8割、南海化学2割とする。",
            ("南海化学", "investsIn", "北斗南海電子"),
        ),
    ],
)
def test_words_business_reports_use(text: str, edge: tuple[str, str, str]) -> None:
    # 懇談 (a meeting), 会頭 (the head of a chamber), a country's 子会社 written as one word, stakes in 割
    rules = edge_rules(text)
    assert edge in rules, rules


def test_the_state_as_a_subject_is_the_government() -> None:
    # 国が…を支援する: the national government of the document's country; 各国, 米国 are not it
    assert ("日本政府", "supports", "北斗電機") in edge_rules("国が北斗電機の工場建設を支援する。")
    assert "日本政府" not in nodes("各国は反発した。")
    assert "日本政府" not in nodes("どの国が優位に立つかが焦点だ。")


def test_an_allowance_received_is_support() -> None:
    rules = edge_rules("北斗電機は経済産業省から最大で200億円の支給を受ける。")
    assert ("経済産業省", "supports", "北斗電機") in rules, rules


@pytest.mark.parametrize(
    "text",
    [
        "北斗電機は、国内最大の菓子会社、南海製菓と資本提携した。",
        "北斗電機は、電子会社の南海電子を買収した。",
    ],
)
def test_a_company_of_a_trade_ending_in_ko_is_no_subsidiary(text: str) -> None:
    # 菓子会社, 電子会社: a confectioner, an electronics maker — not 子会社
    assert not [e for e in edge_rules(text) if e[1] == "subsidiaryOf"]


def test_what_a_company_employs_is_used() -> None:
    # 用いる, as 使う: another company's rocket is that company's, used
    rules = edge_rules("北斗航空は東邦重工のロケットを用いて2号機を打ち上げた。")
    assert ("北斗航空", "uses", "東邦重工") in rules, rules


def test_a_head_as_the_cues_own_subject_stands_for_the_company() -> None:
    # the company is the first name of the sentence (slot 0): still the subject, read on the cue itself
    rules = edge_rules("北斗電機の山田太郎社長は、ミナト物産と手を組んだ。")
    assert rules.get(("北斗電機", "partnersWith", "ミナト物産")) == ["frame.partnersWith"], rules


def test_a_company_aiming_at_anothers_full_ownership_is_not_its_unit() -> None:
    # 完全子会社化 is what the topic does to 白鷺電子, not what it is; となる is still a copula
    found = edges("北斗電機は、白鷺電子の完全子会社化を目指している。")
    assert ("北斗電機", "subsidiaryOf", "白鷺電子") not in found
    assert ("白鷺電子", "subsidiaryOf", "北斗電機") in edges("白鷺電子は北斗電機の子会社となる。")


@pytest.mark.parametrize(
    ("text", "edge", "rule"),
    [
        (
            "白浜精機は南海重工、東雲電子と共同で全固体電池を開発した。",
            ("東雲電子", "develops", "全固体電池"),
            "frame.develops",
        ),
        (
            "白浜精機は南海重工と組んで東雲電子を買収した。",
            ("南海重工", "acquires", "東雲電子"),
            "frame.acquires",
        ),
        (
            "白浜精機は南海重工とともに北斗電機に出資した。",
            ("南海重工", "investsIn", "北斗電機"),
            "frame.investsIn",
        ),
    ],
)
def test_who_acts_jointly_with_the_subject_acts_too(text: str, edge: tuple[str, str, str], rule: str) -> None:
    rules = edge_rules(text)
    assert rule in rules.get(edge, []), rules


def test_who_the_subject_only_consults_does_not_act() -> None:
    rules = edge_rules("白浜精機は南海重工と協議して東雲電子を買収した。")
    assert ("白浜精機", "acquires", "東雲電子") in rules, rules
    assert ("南海重工", "acquires", "東雲電子") not in rules, rules


def test_a_company_making_a_product_is_no_customer_of_it() -> None:
    # the noun a 開発する clause modifies makes the product; nothing is made for it
    rules = edge_rules("北斗製薬は、遺伝子治療薬を開発する米新興企業ミナト・バイオを買収した。")
    assert ("北斗製薬", "acquires", "ミナト・バイオ") in rules, rules
    assert ("北斗製薬", "supplies", "ミナト・バイオ") not in rules, rules


def test_partners_each_after_a_ranking_are_a_pair() -> None:
    # 3位のAと4位のBは: the ranking modifies B, A is still listed with it
    rules = edge_rules("業界3位の北斗電機と4位の南海化学は経営統合で合意した。")
    assert ("北斗電機", "partnersWith", "南海化学") in rules, rules


def test_a_buyer_is_no_child_of_the_parent_of_a_unit_named_in_apposition() -> None:
    rules = edge_rules("南星造船は、東雲重工の子会社である東雲海運が保有する白浜造船の株式の全てを取得した。")
    assert ("東雲海運", "subsidiaryOf", "東雲重工") in rules, rules
    assert ("南星造船", "subsidiaryOf", "東雲重工") not in rules, rules
    assert ("南星造船", "subsidiaryOf", "東雲重工") in edge_rules("南星造船は東雲重工の子会社である。")


def test_a_party_reaching_a_light_verb_past_a_noun_is_the_nouns() -> None:
    # 十日町市との|間で|協定を|締結: the place is the party of the agreement, for each company
    rules = edge_rules("朝霧製菓は12日、雪村フーズは14日にそれぞれ北浜市との間で基本協定を締結する。")
    assert ("朝霧製菓", "partnersWith", "北浜市") in rules, rules
    assert ("朝霧製菓", "partnersWith", "雪村フーズ") not in rules, rules


def test_forces_need_a_country_before_them() -> None:
    # 連合軍, 反政府軍: no country, no government body
    found = nodes("連合軍と反政府軍が衝突した。")
    assert not any(n.endswith("軍") for n in found), found


def test_a_buyer_of_shares_is_not_what_the_seller_invests_in() -> None:
    # 月影ホールディングスに売却し、出資比率を…: the に-name is the buyer, the clause ends at 売却し、
    text = (
        "紅葉工機は8月、51%出資していた常盤精機の株式26%を月影ホールディングスに売却し、"
        "出資比率を25%に下げた。"
    )
    rules = edge_rules(text)
    assert ("紅葉工機", "investsIn", "月影ホールディングス") not in rules, rules
    assert ("紅葉工機", "investsIn", "常盤精機") in rules, rules
    # the compound particle に対し、 ends no clause
    assert ("紅葉工機", "investsIn", "常盤精機") in edge_rules("紅葉工機は常盤精機に対し、50億円を出資する。")


def test_a_parent_listed_next_is_no_child() -> None:
    # Yの子会社およびZの連結子会社となる: Z is the next parent of the list, not Y's unit
    rules = edge_rules("南海化学は、月影ホールディングスの子会社および蒼天化学の連結子会社となる。")
    assert ("蒼天化学", "subsidiaryOf", "月影ホールディングス") not in rules, rules


def test_who_receives_support_gives_none() -> None:
    rules = edge_rules("青嵐工業は今後、千鳥物産の支援を受けながら海外事業を拡大する。")
    assert ("千鳥物産", "supports", "青嵐工業") in rules, rules
    assert ("青嵐工業", "supports", "千鳥物産") not in rules, rules


def test_an_agent_with_a_split_niyoru_is_the_subject() -> None:
    # GiNZA cuts による in two (千鳥物産に / よる); the name is still the agent of the noun
    rules = edge_rules("千鳥物産による北斗電機に対する出資比率は100%に高まる。")
    assert ("千鳥物産", "investsIn", "北斗電機") in rules, rules
    assert ("北斗電機", "investsIn", "千鳥物産") not in rules, rules


def test_one_company_founding_a_company_has_no_partner() -> None:
    rules = edge_rules("東邦精機は、白浜重工の跡地に新会社を設立すると発表した。")
    assert not any(p == "partnersWith" for _, p, _ in rules), rules


@pytest.mark.parametrize(
    ("text", "edge", "wrong"),
    [
        # the parent named after Yの親会社である is Y's, not the topic's
        (
            "東邦精機は、白浜電子の親会社である南星化学と資本提携すると発表した。",
            ("白浜電子", "subsidiaryOf", "南星化学"),
            ("東邦精機", "subsidiaryOf", "南星化学"),
        ),
        # a parent glued to 子会社, then a descriptor and a comma
        (
            "東邦精機は、南星化学子会社の部品メーカー、白浜電子と業務提携した。",
            ("白浜電子", "subsidiaryOf", "南星化学"),
            ("白浜電子", "subsidiaryOf", "東邦精機"),
        ),
        # a country's local unit
        (
            "東邦精機は、南星化学の米国現地法人である南星アメリカ社と契約を結んだ。",
            ("南星アメリカ", "subsidiaryOf", "南星化学"),
            ("南星アメリカ", "subsidiaryOf", "東邦精機"),
        ),
    ],
)
def test_a_parent_noun_binds_the_names_around_it(
    text: str, edge: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    rules = edge_rules(text)
    assert edge in rules, rules
    assert wrong not in rules, rules


def test_a_unit_under_a_company_written_with_de_wa() -> None:
    rules = edge_rules("東邦精機では、傘下の白浜電子が工場を運営している。")
    assert ("白浜電子", "subsidiaryOf", "東邦精機") in rules, rules


def test_a_hospital_or_school_without_a_name_is_no_body() -> None:
    found = nodes("患者は市内の病院に搬送された。地元の高校では総合病院の医師が講演した。")
    assert not any(n.endswith(("病院", "高校")) for n in found), found
    # a named one with its head is a body the head leads
    rules = edge_rules("北浜総合病院の山川一郎院長は謝罪した。")
    assert ("山川一郎", "leads", "北浜総合病院") in rules, rules


def test_the_subject_of_a_relative_clause_is_not_the_investor() -> None:
    # 南海化学が実施する増資を引き受け、同社に出資する: 南海化学 issues the shares, it invests in no one
    text = (
        "北斗電機は21日、南海化学と資本提携することで基本合意した。"
        "南海化学が11月中に実施する第三者割当増資を引き受け、同社に30%を出資する。"
    )
    rules = edge_rules(text)
    assert ("北斗電機", "partnersWith", "南海化学") in rules, rules
    assert ("南海化学", "investsIn", "北斗電機") not in rules, rules
    # the relative clause's が is no said subject: the previous topic invests, in the partner (同社)
    assert ("北斗電機", "investsIn", "南海化学") in rules, rules


def test_holders_a_stake_is_bought_from_are_no_holders_of_the_buyer() -> None:
    text = (
        "北斗電機は、白鷺電子を連結子会社化すると発表した。"
        "大株主である南海化学と東邦精機から株式を追加取得した。"
    )
    rules = edge_rules(text)
    assert ("白鷺電子", "subsidiaryOf", "北斗電機") in rules, rules
    assert ("南海化学", "investsIn", "北斗電機") not in rules, rules


def test_members_each_with_a_descriptor_are_one_list() -> None:
    # 総合商社のAと、化学メーカーのBは: both won the order
    rules = edge_rules("総合商社の北斗物産と、化学メーカーの南海化学は、東邦精機から客車50両を受注した。")
    assert ("北斗物産", "supplies", "東邦精機") in rules, rules
    assert ("南海化学", "supplies", "東邦精機") in rules, rules
    # AはBと、CはDと: B and C are no list
    rules = edge_rules("北斗物産は南海化学と、東邦精機は白鷺電子とそれぞれ提携した。")
    assert ("北斗物産", "partnersWith", "東邦精機") not in rules, rules


def test_a_post_of_a_quoted_company_is_filled() -> None:
    rules = edge_rules("持ち株会社「北斗南海ホールディングス」の会長には北斗電機の山田一郎社長が就く。")
    assert ("山田一郎", "leads", "北斗南海ホールディングス") in rules, rules


def test_a_minority_stake_bought_for_a_price_is_an_investment() -> None:
    rules = edge_rules("東邦精機は白浜電子の株式9.5%を105億円で取得すると発表した。")
    assert ("東邦精機", "investsIn", "白浜電子") in rules, rules
    assert ("東邦精機", "acquires", "白浜電子") not in rules, rules


def test_a_field_invested_in_is_not_made() -> None:
    # 半導体分野などへの投資を手掛ける: 手掛ける's object is the investing, 半導体 is invested in
    rules = edge_rules("半導体分野などへの投資を手掛ける南海ホールディングスは、北斗電機と提携した。")
    assert ("南海ホールディングス", "develops", "半導体") not in rules, rules
    assert ("南海ホールディングス", "partnersWith", "北斗電機") in rules, rules


def test_a_base_in_a_clause_on_a_unit_is_the_units() -> None:
    rules = edge_rules("北斗電機は、中国の江蘇省に拠点を置く子会社東邦精機の全株式を新会社に拠出する。")
    assert ("東邦精機", "basedIn", "江蘇省") in rules, rules
    assert ("北斗電機", "basedIn", "江蘇省") not in rules, rules


def test_a_stable_in_parentheses_is_no_other_name_of_the_wrestler() -> None:
    # 横綱・北浜山(南岡部屋), 大関・西海嵐(東浦): the stable, not an alias (the node kept its name)
    found = nodes("横綱・北浜山(南岡部屋)は会見した。大関・西海嵐(東浦)も出席した。")
    assert found["北浜山"]["aliases"] == [] and found["西海嵐"]["aliases"] == [], found
    # a foreign name's reading stays an alias
    assert "ジョー・ツァイ" in nodes("蔡崇信(ジョー・ツァイ)会長は述べた。")["蔡崇信"]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence leaves its subject unsaid: 同社 is the partner, not the previous topic
        "東邦精機は8日、白浜電子と資本提携することで合意した。同社に20%を出資する。",
        # the sentence's own topic is the previous topic again
        "東邦精機は8日、白浜電子と資本提携することで合意した。東邦精機は同社に20%を出資する。",
    ],
)
def test_the_same_company_is_not_what_the_sentence_is_about(text: str) -> None:
    rules = edge_rules(text)
    assert ("東邦精機", "investsIn", "白浜電子") in rules, rules


def test_the_same_company_in_a_topic_phrase_is_the_previous_topic() -> None:
    # 同社の山田社長は: 同社 begins what the sentence is about, so it is the previous topic
    rules = edge_rules("東邦精機は白浜電子と提携した。同社の川村一郎社長は「成長を期待する」と述べた。")
    assert ("川村一郎", "leads", "東邦精機") in rules, rules
    assert ("川村一郎", "leads", "白浜電子") not in rules, rules


def test_a_topic_with_a_gloss_is_carried() -> None:
    # X(名古屋市)は: the gloss does not hide the topic from the next sentence
    text = (
        "大洋観光ホールディングス(名古屋市)は各地で旅館を運営する。"
        "昨年には、同じ温泉街の白鷺館(下呂市)の全株式を取得している。"
    )
    rules = edge_rules(text)
    assert ("大洋観光ホールディングス", "acquires", "白鷺館") in rules, rules


def test_a_topic_outlasts_a_sentence_without_one() -> None:
    text = (
        "東邦精機は新型ロボットの販売を始める予定。"
        "生産の整備に今後3年で200億円を投じる計画を示している。"
        "他社と比べると低い水準で、白浜電子と協力して費用を抑える方針だ。"
    )
    rules = edge_rules(text)
    assert ("東邦精機", "partnersWith", "白浜電子") in rules, rules


def test_what_the_previous_deal_was_about_is_the_unsaid_object() -> None:
    text = "東邦精機は2日、白浜電子を買収すると発表した。9月までに株式の70%を取得し、連結子会社化する。"
    rules = edge_rules(text)
    assert ("白浜電子", "subsidiaryOf", "東邦精機") in rules, rules
    assert "frame.makes_subsidiary.deal_target.carried" in rules[("白浜電子", "subsidiaryOf", "東邦精機")]
    # another company named before the cue is what it is about, never the previous target
    text = (
        "北斗銀行は2日、ミナト信託を買収すると発表した。"
        "頭取は会見で、東都証券も将来は子会社化したいと述べた。"
    )
    rules = edge_rules(text)
    assert ("ミナト信託", "subsidiaryOf", "北斗銀行") not in rules, rules
    # an object no name stands for is still said (朝日堂 is not found): not the previous target
    text = (
        "大洋ホールディングスは、金属加工の北辰工業を子会社化した。"
        "6月には菓子製造の朝日堂を南海化学が子会社化した。"
    )
    rules = edge_rules(text)
    assert ("北辰工業", "subsidiaryOf", "南海化学") not in rules, rules


def test_the_parent_of_a_share_exchange_is_no_child() -> None:
    text = "東雲物産と西海商事は、東雲物産を完全親会社、西海商事を完全子会社とする株式交換を行う。"
    rules = edge_rules(text)
    assert ("東雲物産", "subsidiaryOf", "西海商事") not in rules, rules


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # a post filled by promotion, the person with a title or an age after the name
        ("北辰電機の社長には、同社の松川正人執行役員が昇格する。", ("松川正人", "leads", "北辰電機")),
        ("東浜精機の社長には、同社の宗田浩二常務(52)が就く。", ("宗田浩二", "leads", "東浜精機")),
        # a title of theirs before の is no organisation kg missed (not SBIの北尾社長)
        (
            "東邦生命ホールディングスは、常務の川村誠氏が社長に昇格すると発表した。",
            ("川村誠", "leads", "東邦生命ホールディングス"),
        ),
        (
            "青葉薬品ホールディングスは20日、社長の村上和也氏が退任すると発表した。",
            ("村上和也", "leads", "青葉薬品ホールディングス"),
        ),
    ],
)
def test_posts_taken_up_and_titles_before_the_name(text: str, edge: tuple[str, str, str]) -> None:
    rules = edge_rules(text)
    assert edge in rules, rules


def test_a_former_post_before_the_name_leads_nothing() -> None:
    rules = edge_rules("北斗物産は、元社長の山川一郎氏が死去したと発表した。")
    assert ("山川一郎", "leads", "北斗物産") not in rules, rules


def test_an_agent_before_the_cue_is_no_carried_topic() -> None:
    # 紅葉商事による出資は: the investor is said; the previous topic invests in no one
    text = (
        "株式会社カグラ工房は12月、紅葉商事からの出資を受け入れた。紅葉商事による出資は数億円規模とみられる。"
    )
    rules = edge_rules(text)
    assert ("紅葉商事", "investsIn", "カグラ工房") in rules, rules
    assert ("カグラ工房", "investsIn", "紅葉商事") not in rules, rules


def test_the_same_company_is_none_listed_with_the_topic() -> None:
    # AやBも同社に出資: 同社 is the previous topic, not A
    text = (
        "北斗電機は紅葉商事と霧島ホールディングスが共同で設立した。"
        "銀河精機(同5%)や渚フーズ(同5%)も同社に出資している。"
    )
    rules = edge_rules(text)
    assert ("銀河精機", "investsIn", "北斗電機") in rules, rules
    assert ("渚フーズ", "investsIn", "北斗電機") in rules, rules
    assert ("渚フーズ", "investsIn", "銀河精機") not in rules, rules


def test_a_descriptor_counted_in_companies_is_no_company() -> None:
    found = nodes("白鷺電工は自動車メーカー2社と契約した。食品スーパー3社が統合する。")
    assert set(found) == {"白鷺電工"}, found


def test_the_company_a_clause_with_nado_describes_makes_what_it_says() -> None:
    rules = edge_rules("北斗電機は、半導体材料の開発などを手がける西濃化学に出資する。")
    assert ("北斗電機", "develops", "半導体") not in rules, rules
    assert ("西濃化学", "develops", "半導体") in rules, rules


def test_a_home_ground_is_where_a_bank_is_based_and_no_partner() -> None:
    rules = edge_rules("富山県が地盤の東雲銀行と、石川県が地盤の潮見銀行は、経営統合で基本合意した。")
    assert ("東雲銀行", "basedIn", "富山県") in rules, rules
    assert ("潮見銀行", "basedIn", "石川県") in rules, rules
    assert ("潮見銀行", "partnersWith", "東雲銀行") in rules, rules
    assert ("石川県", "partnersWith", "東雲銀行") not in rules, rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("南海化学は1日、金沢市に北陸営業所を開設した。", "金沢市"),
        ("潮見銀行は那覇市に沖縄事務所を開設した。", "那覇市"),
    ],
)
def test_an_office_opened_is_a_base(text: str, place: str) -> None:
    rules = edge_rules(text)
    company = text.split("は", 1)[0]
    assert (company, "basedIn", place) in rules, rules


@pytest.mark.parametrize(
    "text",
    [
        (
            "北陸第一銀行と能登銀行は、ほくりくフィナンシャルグループを設立する。"
            "社長には北陸第一銀行の石田光男頭取が就く。"
        ),
        (
            "両行は共同持ち株会社「ほくりくフィナンシャルグループ」を設立し、"
            "社長には北陸第一銀行の石田光男頭取が就く。"
        ),
    ],
)
def test_the_head_of_a_new_company_may_come_from_a_founder(text: str) -> None:
    rules = edge_rules(text)
    assert ("石田光男", "leads", "ほくりくフィナンシャルグループ") in rules, rules
    assert ("石田光男", "leads", "北陸第一銀行") in rules, rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("青葉化成は、北央自動車の新型SUV「ノルテ」向けに樹脂製バンパーを供給する。", "frame.supplies"),
        ("東邦精工は、北央自動車の新型SUV「ノルテ」向けにセンサーを量産する。", "frame.makes_for"),
    ],
)
def test_the_maker_of_a_product_supplied_for_is_the_customer(text: str, rule: str) -> None:
    rules = edge_rules(text)
    supplier = text.split("は", 1)[0]
    assert rule in rules.get((supplier, "supplies", "北央自動車"), []), rules


def test_a_region_invested_for_is_no_investee() -> None:
    rules = edge_rules("北斗電機は北米向けに1000億円を投資する。")
    assert not [e for e in rules if e[1] == "investsIn"], rules


def test_a_quoted_parent_and_both_banks() -> None:
    text = "北陸第一銀行と能登銀行は、共同持ち株会社「ほくりくフィナンシャルグループ」の傘下に入る。"
    rules = edge_rules(text)
    assert ("能登銀行", "subsidiaryOf", "ほくりくフィナンシャルグループ") in rules, rules
    assert ("北陸第一銀行", "subsidiaryOf", "ほくりくフィナンシャルグループ") in rules, rules
    # 両行: both banks named together before
    rules = edge_rules("北陸第一銀行と能登銀行は経営統合で合意した。両行は東雲証券に出資する。")
    assert ("北陸第一銀行", "investsIn", "東雲証券") in rules, rules
    assert ("能登銀行", "investsIn", "東雲証券") in rules, rules


def test_a_surname_that_is_a_city_before_the_mayors_title() -> None:
    # 鯖江市の大宮市長: 大宮 is the mayor's surname, not the city of 大宮
    found = nodes("締結式には若狭市の大宮市長と、北斗電機の山田社長が出席した。")
    assert found.get("大宮", {}).get("type") == "Person", found
    assert "大宮市" not in found, found
    rules = edge_rules("締結式には若狭市の大宮市長と、北斗電機の山田社長が出席した。")
    assert ("大宮", "leads", "若狭市") in rules, rules
    # a name before the city's title still introduces the city
    assert "大村市" in nodes("山田一郎大村市長は会見した。")


def test_a_katakana_word_in_a_dated_report_of_a_supply_is_a_company() -> None:
    rules = edge_rules("セイランは9日、北斗自動車に座席部品を供給すると発表した。")
    assert ("セイラン", "supplies", "北斗自動車") in rules, rules
    # a descriptor is never one
    assert "メーカー" not in nodes("メーカーは9日、北斗自動車と提携した。")


def test_every_subsidiary_of_a_list_the_parent_acts_on() -> None:
    rules = edge_rules("北斗ホールディングスは、子会社の北斗ストアと北斗フーズを合併させると発表した。")
    assert ("北斗ストア", "subsidiaryOf", "北斗ホールディングス") in rules, rules
    assert ("北斗フーズ", "subsidiaryOf", "北斗ホールディングス") in rules, rules
    # a partner named after the subsidiary is no subsidiary
    rules = edge_rules("東邦ホールディングスは、子会社の東邦ストアが南海フーズと提携すると発表した。")
    assert ("南海フーズ", "subsidiaryOf", "東邦ホールディングス") not in rules, rules


def test_a_founder_with_its_head_office_in_parentheses_founds_alone() -> None:
    rules = edge_rules("東雲銀行(本店・岐阜県大垣市)は17日、全額出資の子会社「あおば投資」を設立した。")
    assert ("あおば投資", "subsidiaryOf", "東雲銀行") in rules, rules


def test_each_pair_a_shared_verb_joins() -> None:
    rules = edge_rules("3月に北辰工業(高岡市)を東邦精工が、6月に朝霧製菓を南海化学が、それぞれ子会社化した。")
    assert ("北辰工業", "subsidiaryOf", "東邦精工") in rules, rules
    assert ("北辰工業", "subsidiaryOf", "南海化学") not in rules, rules
    assert ("朝霧製菓", "subsidiaryOf", "東邦精工") not in rules, rules


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # the role noun of 「XをYとする」 takes the を-name that GiNZA hangs on する
        (
            "東雲テックはミナトインベストメントを割当先とする第三者割当増資を実施した。",
            ("ミナトインベストメント", "investsIn", "東雲テック"),
        ),
        # 等 after a name ends it
        (
            "東雲テックはミナトベンチャーズ等を引受先とする第三者割当増資を実施した。",
            ("ミナトベンチャーズ", "investsIn", "東雲テック"),
        ),
        # より names who the money comes from, like から
        (
            "東雲テックは南海キャピタルなどより総額2億円の資金調達を実施した。",
            ("南海キャピタル", "investsIn", "東雲テック"),
        ),
        # the companies listed before a person the issue is allotted to
        (
            "東雲テックは、紅葉商事、霧島HD、起業家の星川一郎氏を引受先とする第三者割当増資を実施した。",
            ("霧島HD", "investsIn", "東雲テック"),
        ),
        (
            "東雲テックは、紅葉商事、霧島HD、起業家の星川一郎氏を引受先とする第三者割当増資を実施した。",
            ("紅葉商事", "investsIn", "東雲テック"),
        ),
        # the underwriters a sentence later, a person among them
        (
            "ホシロボは12億円を調達した。引受先は紅葉商事、霧島HD、起業家の星川一郎氏など。",
            ("霧島HD", "investsIn", "ホシロボ"),
        ),
        (
            "ホシロボは5億円を調達した。リードインベスターは東邦キャピタル。",
            ("東邦キャピタル", "investsIn", "ホシロボ"),
        ),
        # who joined a round another one led
        (
            "ホシロボは5億円を調達した。このラウンドは東邦キャピタルが主導し、南海ベンチャーズも参加した。",
            ("南海ベンチャーズ", "investsIn", "ホシロボ"),
        ),
    ],
)
def test_funding_rounds_as_news_writes_them(text: str, edge: tuple[str, str, str]) -> None:
    assert edge in edges(text), sorted(edges(text))


def test_funding_words_name_no_company_or_investor_of_their_own() -> None:
    # a generic subject raising money is no company, an undecided underwriter none either
    text = "同社は第三者割当増資で10億円を調達した。"
    assert set(nodes(text)) == set(), nodes(text)
    assert "未定" not in nodes("ホシロボは5億円を調達した。引受先は未定。")
    # a person listed with the companies invests through no company rule
    found = edges("東雲テックは、紅葉商事、起業家の星川一郎氏を引受先とする第三者割当増資を実施した。")
    assert ("星川一郎", "investsIn", "東雲テック") not in found, found
    # the underwriters before the person are not the subject's partners elsewhere
    found = edges("東雲テック、山田一郎氏を社長に起用")
    assert not any(e[1] == "investsIn" for e in found), found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("北斗電機は東邦自動車の新型車「ソラ」に採用された。", ("東邦自動車", "uses", "北斗電機")),
        ("北斗電機のセンサーは東邦自動車の「リーフ」に搭載されている。", ("東邦自動車", "uses", "北斗電機")),
    ],
)
def test_a_product_that_adopts_stands_for_its_maker(text: str, edge: tuple[str, str, str]) -> None:
    found = edges(text)
    assert edge in found, sorted(found)
    # the adopter is not used by the one adopted
    assert (edge[2], "uses", edge[0]) not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # the maker named with 製 or by the clause that makes what is used
        ("東雲電機は、朝霧化学製の電池を採用した。", ("東雲電機", "uses", "朝霧化学")),
        ("東雲電機は朝霧化学が製造する電池を調達する。", ("東雲電機", "uses", "朝霧化学")),
        # a cleft that names the parties of a symmetric act
        (
            "協定を結んだのは東雲電機と朝霧化学、それに紅葉商事の3社です。",
            ("東雲電機", "partnersWith", "紅葉商事"),
        ),
        ("提携したのは東雲電機と朝霧化学だ。", ("東雲電機", "partnersWith", "朝霧化学")),
    ],
)
def test_makers_of_what_is_used_and_parties_a_cleft_names(text: str, edge: tuple[str, str, str]) -> None:
    found = edges(text)
    assert edge in found, sorted(found)


def test_a_cleft_names_the_object_where_the_subject_is_said() -> None:
    found = edges("東雲電機が提携したのは朝霧化学だ。")
    assert ("東雲電機", "partnersWith", "朝霧化学") in found, found
    # the one using it is no maker
    assert ("朝霧化学", "uses", "東雲電機") not in edges("東雲電機は朝霧化学が製造する電池を調達する。")


@pytest.mark.parametrize(
    "text",
    [
        "ミナトロボには、紅葉商事、霧島HD、起業家の星川一郎氏が出資した。",
        "紅葉商事、霧島HD、起業家の星川一郎氏がミナトロボに出資した。",
        "ミナトロボは紅葉商事、霧島HD、星川一郎氏らから出資を受けた。",
    ],
)
def test_companies_listed_with_a_person_take_part(text: str) -> None:
    found = edges(text)
    assert ("紅葉商事", "investsIn", "ミナトロボ") in found, sorted(found)
    assert ("霧島HD", "investsIn", "ミナトロボ") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # a prefecture or a city gives subsidies as its government
        ("朝霧県は紅葉化学に最大10億円を補助する。", ("朝霧県", "supports", "紅葉化学")),
        # the parties of a nominal agreement the parse ran into one phrase (との ends a phrase)
        ("若葉市と紅葉電機との包括連携協定の締結式が行われた。", ("若葉市", "partnersWith", "紅葉電機")),
        # a company listed with と before names of another kind
        ("紅葉化学と朝霧県、若葉市は立地協定を締結した。", ("紅葉化学", "partnersWith", "若葉市")),
        # the head office before the chief in one gloss
        ("ミナトエナジー(東京・大森誠社長)が工場建設地を選んだ。", ("ミナトエナジー", "basedIn", "東京")),
        # a sanction in the passive, its agent marked から
        (
            "紅葉損害保険は公正取引委員会から課徴金の納付を命じられた。",
            ("公正取引委員会", "restricts", "紅葉損害保険"),
        ),
        # every name of a counted list a cleft puts last
        (
            "金融庁が業務改善命令を出したのは、紅葉生命保険、若葉生命保険、朝霧生命保険の3社だ。",
            ("金融庁", "restricts", "紅葉生命保険"),
        ),
    ],
)
def test_what_local_and_regulatory_news_says(text: str, edge: tuple[str, str, str]) -> None:
    found = edges(text)
    assert edge in found, sorted(found)


def test_signing_people_and_legal_forms_make_no_parties_or_places() -> None:
    # the mayor signing beside a company's president is not the company's partner
    found = edges("締結式では大野健市長と紅葉電機の川口誠社長が協定書に署名した。")
    assert ("大野健", "partnersWith", "紅葉電機") not in found, found
    assert ("川口誠", "leads", "紅葉電機") in found, found
    # 株式会社 before a name is no "company of" the place before it
    found = edges("若葉市と株式会社紅葉ストアとの包括連携協定の締結式が行われた。")
    assert ("紅葉ストア", "basedIn", "若葉市") not in found, found
    assert ("若葉市", "partnersWith", "紅葉ストア") in found, found


def test_a_date_before_a_name_is_no_part_of_it() -> None:
    found = nodes("紅葉損害保険は、令和6年10月31日公正取引委員会による行政処分を受けた。")
    assert found.get("公正取引委員会", {}).get("type") == "Government", sorted(found)
    assert not any(name.startswith("令和") for name in found), sorted(found)


def test_the_subject_of_a_clause_before_the_plant_a_subsidy_is_for() -> None:
    # the parse hangs the glossed subject on the plant, not on the clause that builds it
    text = "紅葉電子(本社・東京)が熊本県内に建設する新工場に対し、経済産業省が最大300億円を補助する。"
    assert ("経済産業省", "supports", "紅葉電子") in edges(text), sorted(edges(text))


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("若葉化学は紅葉電機の持分法適用関連会社だ。", ("紅葉電機", "investsIn", "若葉化学")),
        ("紅葉電機は若葉化学に対する公開買付けを実施する。", ("紅葉電機", "acquires", "若葉化学")),
        ("スミス大統領は28日夜、紅葉電機の村井一郎社長らと夕食会を開いた。", ("スミス", "meets", "村井一郎")),
        ("東邦電機は紅葉電機の値下げに追随した。", ("東邦電機", "competesWith", "紅葉電機")),
        ("紅葉電機は若葉化学を抜いて首位に立った。", ("紅葉電機", "competesWith", "若葉化学")),
        # the object of a clause joined without a comma (取得し子会社化)
        ("紅葉電機は若葉化学の株式70%を取得し子会社化する。", ("若葉化学", "subsidiaryOf", "紅葉電機")),
        ("若葉化学は7日、筆頭株主の紅葉電機が株式を売ると発表した。", ("紅葉電機", "investsIn", "若葉化学")),
        ("紅葉電機の若葉化学株の保有割合は20%となる。", ("紅葉電機", "investsIn", "若葉化学")),
        ("紅葉電機は若葉化学株を20%所有する。", ("紅葉電機", "investsIn", "若葉化学")),
        ("紅葉電機は若葉化学株式の保有割合を40%まで引き上げる。", ("紅葉電機", "investsIn", "若葉化学")),
        # parties of deals and rivalry named by nothing else
        ("東邦ホールディングスは白樺ケアを買収する。", ("東邦ホールディングス", "acquires", "白樺ケア")),
        ("紅葉電機はソラテックと競合している。", ("紅葉電機", "competesWith", "ソラテック")),
    ],
)
def test_deals_stakes_rivals_and_meetings_as_news_writes_them(text: str, edge: tuple[str, str, str]) -> None:
    found = edges(text)
    assert edge in found, sorted(found)


def test_what_is_adopted_by_announcement_is_not_developed() -> None:
    found = edges("白浜化学は顔認証を導入すると発表した。")
    assert ("白浜化学", "uses", "顔認証") in found, found
    assert ("白浜化学", "develops", "顔認証") not in found, found


def test_ranks_before_names_and_common_nouns_before_katakana() -> None:
    found = nodes("首位紅葉化学のシェアは38%、2位若葉化学は32%だった。")
    assert {"紅葉化学", "若葉化学"} <= set(found), sorted(found)
    assert not any(name.startswith(("首位", "2位")) for name in found), sorted(found)
    # a common noun before katakana is no company's stem
    found = nodes("電池セルはトヨタ子会社のプライムアースEVエナジーが組み立てる。")
    assert "電池セル" not in found and "プライムアースEVエナジー" in found, sorted(found)


def test_a_deputy_chief_executive_works_for_the_company() -> None:
    found = edges("紅葉電機の村井一郎副CEOは会見で語った。")
    assert ("村井一郎", "worksFor", "紅葉電機") in found, found
    assert ("村井一郎", "leads", "紅葉電機") not in found, found


def test_a_title_after_a_company_is_no_part_of_the_deal_subjects_name() -> None:
    found = nodes("村井一郎紅葉電機会長は新会社に出資する。")
    assert "紅葉電機会長" not in found, sorted(found)
    assert ("村井一郎", "leads", "紅葉電機") in edges("村井一郎紅葉電機会長は新会社に出資する。")


def test_a_topic_named_after_the_cue_is_its_subject_not_the_previous_one() -> None:
    text = (
        "村井首相は3日夜、紅葉電機の森田社長と会談した。森田社長は投資を増やす方針を説明した。"
        "スミス大統領との首脳会談で、村井首相は経済協力を提案する考え。"
    )
    found = edges(text)
    assert ("森田", "meets", "スミス") not in found and ("スミス", "meets", "森田") not in found, found
    assert ("村井", "meets", "スミス") in found or ("スミス", "meets", "村井") in found, found


def test_an_unsaid_subject_stands_for_every_name_of_the_topic_list_before() -> None:
    found = edges("青葉電機と白浜化学は30日、提携すると発表した。まず車載用の全固体電池を共同開発する。")
    assert ("青葉電機", "develops", "全固体電池") in found, sorted(found)
    assert ("白浜化学", "develops", "全固体電池") in found, sorted(found)
    # one topic carries alone (its partner is no subject)
    found = edges("青葉電機は30日、白浜化学と提携すると発表した。まず全固体電池を開発する。")
    assert ("白浜化学", "develops", "全固体電池") not in found, sorted(found)


def test_a_model_quoted_after_its_maker_and_not_a_subsidiarys_product() -> None:
    assert ("白浜自動車", "develops", "ソラ") in edges("白浜自動車『ソラ』は好調だ。")
    found = edges("青葉電機の子会社で先進電池を開発する青葉ソフト(東京・中央)も参画する。")
    assert not any(e[0] == "青葉電機" and e[1] == "develops" for e in found), sorted(found)
    assert ("青葉ソフト", "develops", "先進電池") in found, sorted(found)


def test_a_person_titled_after_a_company_is_a_said_subject() -> None:
    # 村井一郎紅葉電機会長は: the sentence says its subject, so the previous topic does not carry
    text = "若葉化学の株式を持つ朝霧商事はTOBに応じる。その後、紅葉電機と村井一郎紅葉電機会長はSPCに出資。"
    found = edges(text)
    assert ("朝霧商事", "investsIn", "SPC") not in found, sorted(found)
    assert ("紅葉電機", "investsIn", "SPC") in found, sorted(found)


def test_readings_that_must_not_overreach() -> None:
    # a stance on a deal after 〜を巡り is no deal of the topic
    found = edges("若葉化学の買収を巡り、朝霧商事は反対を表明した。")
    assert ("朝霧商事", "acquires", "若葉化学") not in found, sorted(found)
    # companies listed with や before との are no parties of one act
    found = edges("紅葉電機や若葉化学との提携を模索する新興企業が増えている。")
    assert ("紅葉電機", "partnersWith", "若葉化学") not in found, sorted(found)
    # 新ファンド is no company; a post of a company named in the post phrase is not the topic's
    assert "新ファンド" not in nodes("紅葉電機は新ファンドに出資する。")
    found = edges("紅葉HDは、紅葉銀行の村井一郎副頭取の頭取就任を発表した。")
    assert ("村井一郎", "leads", "紅葉HD") not in found, sorted(found)


def test_investors_said_after_the_company_they_put_money_in() -> None:
    # the previous sentence's topic is what the listed investors put money in, even a company
    found = edge_rules("青空エナジーは2021年に設立された。若葉物流、紅葉電機などが出資している。")
    assert ("若葉物流", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    # a cleft names them (出資したのは…の2社。)
    found = edges("青空エナジーは2021年に設立された。出資したのは若葉物流と紅葉電機の2社。")
    assert ("若葉物流", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    # a company just introduced as new goes before the topic
    found = edges("若葉物流は新会社「青空エナジー」を設立する。紅葉電機も出資する。")
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("紅葉電機", "investsIn", "若葉物流") not in found, sorted(found)
    # an object said by no name is the object (宇宙事業に / 同事業には)
    found = edges("紅葉電機は決算を発表した。若葉物流の村井社長は、宇宙事業に千億円を投じる考えを示した。")
    assert ("若葉物流", "investsIn", "紅葉電機") not in found, sorted(found)
    found = edges("朝霧商事は新型船を発注した。同事業にはかつて若葉物流も出資していた。")
    assert ("若葉物流", "investsIn", "朝霧商事") not in found, sorted(found)


def test_ways_a_stake_or_a_group_is_written() -> None:
    found = edges("青空エナジーは若葉物流と紅葉電機の折半出資会社だ。")
    assert ("若葉物流", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    found = edges("紅葉電機の株主は若葉物流(40%)、朝霧商事(30%)、青空エナジー(30%)だ。")
    assert ("若葉物流", "investsIn", "紅葉電機") in found, sorted(found)
    assert ("朝霧商事", "investsIn", "紅葉電機") in found, sorted(found)
    found = edges("青空エナジーは若葉物流、紅葉電機などの出資を受けて設立された。")
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("紅葉銀行", "subsidiaryOf", "若葉物流") in edges("紅葉銀行は若葉物流の全額出資子会社だ。")
    assert ("紅葉銀行", "subsidiaryOf", "若葉HD") in edges("紅葉銀行は若葉HDの中核子会社だ。")
    # without a count, the parent before a list describes its first member only
    found = edges("若葉ホールディングス傘下の紅葉銀行、朝霧商事、青空エナジーが出資する。")
    assert ("紅葉銀行", "subsidiaryOf", "若葉ホールディングス") in found, sorted(found)
    assert ("朝霧商事", "subsidiaryOf", "若葉ホールディングス") not in found, sorted(found)
    # a founding clause of the company's own is no founding of it
    found = edges("青空エナジーは若葉物流が出資して設立した工場を売却する。")
    assert ("若葉物流", "investsIn", "青空エナジー") not in found, sorted(found)


def test_an_anaphor_after_a_listed_subject_is_not_one_of_the_list() -> None:
    text = "青空エナジーは13日、打ち上げ日を発表した。若葉物流、紅葉電機などが出資する同社は、増産を目指す。"
    found = edges(text)
    assert ("若葉物流", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("若葉物流", "investsIn", "紅葉電機") not in found, sorted(found)


def test_a_minority_stake_bought_through_a_subsidiary_or_from_sellers() -> None:
    # 傘下の describes the buyer's subsidiary: it says nothing of control passing
    found = edges("若葉FGは傘下の若葉銀行を通じて、紅葉銀行の株式20%を取得する。")
    assert ("若葉FG", "investsIn", "紅葉銀行") in found, sorted(found)
    assert ("若葉FG", "acquires", "紅葉銀行") not in found, sorted(found)
    assert ("若葉FG", "acquires", "紅葉銀行") in edges("若葉FGは紅葉銀行の株式20%を取得し、傘下に収める。")
    # the sellers named with から are no holders
    found = edges("若葉FGは紅葉銀行の株式の20%を、朝霧銀行など地場銀行から取得する。")
    assert ("若葉FG", "investsIn", "紅葉銀行") in found, sorted(found)
    assert ("朝霧銀行", "investsIn", "紅葉銀行") not in found, sorted(found)


def test_subsidiaries_said_of_the_topic_or_by_the_stake_held() -> None:
    found = edges("若葉HDは紅葉銀行や朝霧銀行などの子会社を持つ。")
    assert ("紅葉銀行", "subsidiaryOf", "若葉HD") in found, sorted(found)
    assert ("朝霧銀行", "subsidiaryOf", "若葉HD") in found, sorted(found)
    found = edges("紅葉電機は若葉物流が株式の51%を保有する子会社だ。")
    assert ("紅葉電機", "subsidiaryOf", "若葉物流") in found, sorted(found)
    found = edges("若葉物流は、子会社で電池を手がける紅葉電機を売却する。")
    assert ("紅葉電機", "subsidiaryOf", "若葉物流") in found, sorted(found)
    # another company's subsidiary (Xの子会社で…) is not the topic's
    found = edges("若葉物流は、朝霧商事の子会社で電池を手がける紅葉電機を買収する。")
    assert ("紅葉電機", "subsidiaryOf", "朝霧商事") in found, sorted(found)
    assert ("紅葉電機", "subsidiaryOf", "若葉物流") not in found, sorted(found)


def test_a_nationality_before_a_common_noun_is_no_name() -> None:
    text = "若葉物流の米子会社、ノースウィンド社は電池を開発した。"
    assert "米子会社" not in nodes(text), nodes(text)
    assert ("ノースウィンド社", "subsidiaryOf", "若葉物流") in edges(text)


def test_a_partner_helping_and_a_company_glossed_with_its_state() -> None:
    found = edges("若葉物流は紅葉電機の協力を得て、新型電池を開発した。")
    pair = {("若葉物流", "partnersWith", "紅葉電機"), ("紅葉電機", "partnersWith", "若葉物流")}
    assert pair & found, sorted(found)
    found = edges("ノースウィンド社(米カリフォルニア州)は新型電池を開発した。")
    assert any(e[1] == "basedIn" and e[2] == "カリフォルニア州" for e in found), sorted(found)
    assert ("村井一郎", "leads", "若葉物流") in edges("若葉物流を経営する村井一郎氏は会見した。")


def test_the_company_invested_in_stays_the_topic() -> None:
    # Xには、A、B、Cが出資。…を開発し: X develops it, and 同社 is X
    text = "青空エナジーには、紅葉自動車、朝霧電機、若葉電子が参加し、各10億円を出資。次世代半導体を開発。"
    found = edges(text)
    assert ("青空エナジー", "develops", "半導体") in found, sorted(found)
    assert ("若葉電子", "develops", "半導体") not in found, sorted(found)
    found = edges("青空エナジーには、紅葉自動車、若葉電子が出資した。同社は次世代半導体を開発する。")
    assert ("青空エナジー", "develops", "半導体") in found, sorted(found)
    # Aのほか、B、C: A is listed too
    found = edges("青空エナジーには、紅葉自動車のほか、朝霧電機、若葉電子が出資した。")
    assert ("紅葉自動車", "investsIn", "青空エナジー") in found, sorted(found)


def test_mergers_holders_and_names_as_market_news_writes_them() -> None:
    assert ("若葉HD", "acquires", "若葉システムズ") in edges("若葉HDは若葉システムズを吸収合併する。")
    found = edges("紅葉商事は、朝霧物産が97%の株式を保有する子会社となる。")
    assert ("紅葉商事", "subsidiaryOf", "朝霧物産") in found, sorted(found)
    text = "若葉製薬は31日、米企業を買収すると発表した。米子会社紅葉ファーマ(ボストン)が買収主体となる。"
    assert ("紅葉ファーマ", "subsidiaryOf", "若葉製薬") in edges(text)
    found = nodes("若葉製薬は、ミナト・ファーマシューティカルズ(ユタ州)を買収する。")
    assert found["ミナト・ファーマシューティカルズ"]["type"] == "Company", found
    assert "バイオベンチャー" not in nodes("若葉製薬は米バイオベンチャーを買収する。")
    found = nodes("紅葉デリについては現在朝霧HDが株式を48%保有している。")
    assert "朝霧HD" in found and "現在朝霧HD" not in found, found
    # a kanji description before ・ is cut; the company is the one described, not the topic
    text = "若葉自動車は、台湾の電子機器大手・青龍精密工業の傘下のメーカーからEVの供給を受ける。"
    found = edges(text)
    assert ("青龍精密工業", "basedIn", "台湾") in found, sorted(found)
    assert ("若葉自動車", "subsidiaryOf", "青龍精密工業") not in found, sorted(found)
    assert nodes("紅葉マテリアルは29日、事業を売却すると発表した。")["紅葉マテリアル"]["type"] == "Company"


def test_a_head_office_said_of_the_partner_is_not_the_topics() -> None:
    found = edges("紅葉商事は、北海道に本社を置くベンチャー企業である若葉テクノロジーズと業務提携した。")
    assert ("若葉テクノロジーズ", "basedIn", "北海道") in found, sorted(found)
    assert ("紅葉商事", "basedIn", "北海道") not in found, sorted(found)
    assert ("紅葉商事", "basedIn", "北海道") in edges("紅葉商事は北海道に本社を置く電池メーカーである。")


def test_a_university_named_by_its_place_is_no_place() -> None:
    found = edges("浜松市は静岡大と協定を結んだ。")
    assert ("浜松市", "partnersWith", "静岡大") in found, sorted(found)
    assert not any("静岡県" in e for e in found), sorted(found)
    assert nodes("新潟大と長岡市は協定を締結した。")["新潟大"]["type"] == "Organization"
    assert "東京大会" not in nodes("東京大会は中止された。")


def test_headlines_and_scoops_as_wire_copy_writes_them() -> None:
    # AとB、…で合意: the names before 、 are the headline's topic
    found = edges("若葉物流と紅葉電機、資本提携で合意")
    assert {("若葉物流", "partnersWith", "紅葉電機"), ("紅葉電機", "partnersWith", "若葉物流")} & found
    # a lone name before 、 with another subject in the sentence is none
    found = edges("金融庁、若葉証券に業務停止命令 紅葉電機が支援へ")
    assert ("金融庁", "supports", "若葉証券") not in found, sorted(found)
    # Aが、B(東京)に出資する方向で検討: the が the parse hung on 検討 is the cue's
    found = edges("若葉物流が、ミライセル(東京)に出資する方向で検討していることが分かった。")
    assert ("若葉物流", "investsIn", "ミライセル") in found, sorted(found)
    # …が、EVに使う電池を開発: the verb modifies the battery, whose user is not the が
    found = edges("若葉自動車と紅葉電機が、電気自動車などに使う電池を開発する新会社を設立する方針を決めた。")
    assert not any(e[1] == "uses" for e in found), sorted(found)


def test_local_news_donations_elections_and_associations() -> None:
    found = edges("カモメツアーズ株式会社は川辺市に百万円を寄付した。")
    assert ("カモメツアーズ", "supports", "川辺市") in found, sorted(found)
    found = nodes("任期満了に伴う川辺町長選(青葉県)は13日投開票された。")
    assert not any(d["type"] == "Company" for d in found.values()), found
    assert "町村" not in nodes("町村会長の田中三郎川辺町長が出席した。")


def test_stakes_rounds_and_groups_as_deal_reports_list_them() -> None:
    found = edges("紅葉電機と朝霧商事は9日、共同出資による新会社「青空エナジー」を来年設立すると発表した。")
    assert ("朝霧商事", "investsIn", "青空エナジー") in found, sorted(found)
    found = edges("青空エナジーの出資比率は紅葉電機が6割、朝霧商事が4割となる。")
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("朝霧商事", "investsIn", "青空エナジー") in found, sorted(found)
    found = edges("青空エナジーは増資を発表した。引受先は紅葉電機、朝霧商事、若葉物流の3社。")
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("若葉物流", "investsIn", "青空エナジー") in found, sorted(found)
    # a stake under half bought from a seller is no acquisition
    found = edges("紅葉電機は青空エナジーの株式20%を朝霧商事から買い取る。")
    assert ("紅葉電機", "investsIn", "青空エナジー") in found, sorted(found)
    assert ("紅葉電機", "acquires", "青空エナジー") not in found, sorted(found)
    # an unsaid receiver of money is the previous topic
    found = edges("青空エナジーは電池を開発している。朝霧商事から出資を受けると発表した。")
    assert ("朝霧商事", "investsIn", "青空エナジー") in found, sorted(found)
    # a company has one parent: the list before it does not stand for the parent
    found = edges("朝霧商事、紅葉電機の100%子会社である紅葉エナジー、若葉物流の3社は青空HDに出資する。")
    assert ("紅葉エナジー", "subsidiaryOf", "紅葉電機") in found, sorted(found)
    assert ("紅葉エナジー", "subsidiaryOf", "朝霧商事") not in found, sorted(found)
    found = edges("紅葉電機と朝霧商事は、それぞれの100%子会社紅葉エナジー、朝霧パワーを通じて出資する。")
    assert ("紅葉エナジー", "subsidiaryOf", "朝霧商事") not in found, sorted(found)


def test_a_title_said_at_a_branch_is_not_the_companys() -> None:
    # …の水戸支社で自治会長の: the chair of another body, met at the company's branch
    found = edges("JR東日本の水戸支社で自治会長の松本幸英氏が会談した。")
    assert ("松本幸英", "leads", "JR東日本") not in found, sorted(found)
    # 取締役で研究所長の: で joining two posts of one company
    found = edges("若葉電機の取締役で研究所長の村井一郎氏は述べた。")
    assert any(e[0] == "村井一郎" and e[2] == "若葉電機" for e in found), sorted(found)
    # a description before a name that ends with 傘下 (X傘下のメーカー) leaves X whole
    text = "紅葉自動車は、台湾の電子機器大手・青龍精密工業傘下のメーカーからEVの供給を受ける。"
    assert "青龍精密工業" in nodes(text), nodes(text)


def test_people_listed_each_with_their_town_meet_together() -> None:
    found = edges("川辺市の田中三郎市長、山里町の鈴木四郎町長が、川辺鉄道の佐藤次郎社長と会談した。")
    assert ("田中三郎", "meets", "佐藤次郎") in found or ("佐藤次郎", "meets", "田中三郎") in found
    assert ("鈴木四郎", "meets", "佐藤次郎") in found or ("佐藤次郎", "meets", "鈴木四郎") in found
    found = edges("若葉HDは紅葉フーズの株式の20%を保有している。")
    assert ("紅葉フーズ", "subsidiaryOf", "若葉HD") not in found, sorted(found)
    # 社長執行役員: a president who is also an executive officer leads
    found = edges("若葉ツアーズ株式会社の田中一郎社長執行役員は述べた。")
    assert ("田中一郎", "leads", "若葉ツアーズ") in found, sorted(found)


def test_review_negatives_of_the_stake_and_group_readings() -> None:
    # money spent is no stake in the previous topic; one name in a cleft may be the investee
    found = edges("若葉自動車は新工場を発表した。紅葉自動車も10兆円を投じる。")
    assert not any(e[1] == "investsIn" for e in found), sorted(found)
    found = edges("若葉電機は新会社を発表した。出資したのは紅葉化学だ。")
    assert ("紅葉化学", "investsIn", "若葉電機") not in found, sorted(found)
    # a deal given up; a merger's joint holding company is no joint venture of the merging two
    assert not any(e[1] == "acquires" for e in edges("若葉商事は紅葉電機買収を断念した。"))
    found = edges("若葉銀行と紅葉銀行は経営統合し、共同持ち株会社「青空FG」を設立する。")
    assert ("若葉銀行", "investsIn", "青空FG") not in found, sorted(found)
    # shareholders are named ones; a franchisee runs a store, not the company
    found = edges("青空エナジーは増資した。株主は、若葉電機の提案に反発した。")
    assert ("若葉電機", "investsIn", "青空エナジー") not in found, sorted(found)
    assert not any(e[1] == "leads" for e in edges("若葉商事の店舗を経営する村井一郎氏は語った。"))
    # sellers named before a kind of company: the minority stake stays no acquisition
    found = edges("若葉FGは紅葉銀行の株式の20%を、朝霧銀行など地場銀行から取得する。")
    assert ("若葉FG", "acquires", "紅葉銀行") not in found, sorted(found)
    # ではなく is no scene; 米政府 stays a government
    assert "データ通信" not in nodes("若葉市はデータ通信と連携する。")
    assert nodes("米政府は若葉電機への輸出を禁止した。")["米政府"]["type"] == "Government"
    # 過半数 of the shares makes a parent; a copula after a description names no company
    found = edges("若葉HDは紅葉フーズの株式の過半数を保有している。")
    assert ("紅葉フーズ", "subsidiaryOf", "若葉HD") in found, sorted(found)
    assert "ホテル" not in nodes("ホテルは、若葉電機の子会社である紅葉リゾートが運営する。")


def test_investors_listed_after_the_topic_whatever_the_verb_form() -> None:
    # 出資することになった: the parse hangs the sentence on the nominalised cue; 新たに is an
    # adverb, no unnamed target; each investor puts money in the previous topic
    lead = "宇宙ベンチャーのソラミチテックは2020年に設立された。"
    for tail in (
        "若葉電機、紅葉化学、青空商事などが出資することになった。",
        "若葉電機、紅葉化学、青空商事が新たに出資する。",
    ):
        found = edges(lead + tail)
        for investor in ("若葉電機", "紅葉化学", "青空商事"):
            assert (investor, "investsIn", "ソラミチテック") in found, (tail, sorted(found))
    # a target said by no name still stops the topic from standing in (宇宙事業に)
    found = edges(lead + "若葉電機と紅葉化学が宇宙事業に新たに出資する。")
    assert not any(e[1] == "investsIn" for e in found), sorted(found)


def test_group_names_and_backers_of_a_round() -> None:
    # a company's name and グループ is the company's group; a kind of company's group is no name
    assert nodes("若葉電機グループの紅葉化学は新工場を建てた。")["若葉電機グループ"]["type"] == "Company"
    for text in ("大手電機グループは再編を進める。", "地方銀行グループは再編を進める。"):
        assert not any(n.endswith("グループ") for n in nodes(text)), nodes(text)
    # a fund the companies only run is no consortium of them; コンソーシアム is no name
    found = edges("ソラミチテックは、若葉物産、紅葉化学などが運営するファンドから10億円を調達した。")
    assert ("若葉物産", "investsIn", "ソラミチテック") not in found, sorted(found)
    text = "ソラミチテックは、若葉物産など5社からなるコンソーシアムから調達した。"
    assert "コンソーシアム" not in nodes(text)
    # the allotment's targets said by no name: nobody invests
    lead = "物流ベンチャーのソラミチテックは新事業を始めた。"
    found = edges(lead + "今回の増資は、若葉物産の子会社を対象に実施した。")
    assert not any(e[1] == "investsIn" for e in found), sorted(found)
    # a description before a comma is not the first investor's of a list
    found = edges("米核融合開発企業、若葉物産・紅葉化学らが出資")
    assert ("若葉物産", "basedIn", "米国") not in found, sorted(found)


def test_a_persons_other_post_in_parentheses_names_a_katakana_company() -> None:
    text = (
        "食品スーパーのサクラ(むつ市)、モミジ(大船渡市)、カエデ(相馬市)の3社は経営統合する。"
        "3社は、共同仕入れ会社のワカバ(仙台市)の完全子会社に移行する。"
        "ワカバの山川春夫会長(モミジ社長)と谷口逸夫(カエデ社長)の両取締役が記者会見した。"
    )
    found, kinds = edges(text), nodes(text)
    for name in ("サクラ", "モミジ", "カエデ"):
        assert kinds[name]["type"] == "Company", kinds
        assert (name, "subsidiaryOf", "ワカバ") in found, sorted(found)
    assert kinds["谷口逸夫"]["type"] == "Person", kinds
    assert ("山川春夫", "leads", "モミジ") in found, sorted(found)
    assert ("谷口逸夫", "leads", "カエデ") in found, sorted(found)
    # a company introduced with its chief in parentheses stays one
    assert nodes("若葉シャツ(鈴木正利社長)は新店を開いた。")["若葉シャツ"]["type"] == "Company"


def test_hiragana_company_names_by_their_gloss_or_ending() -> None:
    found = edges("首都圏では、わかばや(東京都立川市)とモミジヤ(埼玉県寄居町)が若葉商事の出資を受けている。")
    assert nodes("首都圏では、わかばや(東京都立川市)が伸びた。")["わかばや"]["type"] == "Company"
    assert ("わかばや", "basedIn", "立川市") in found, sorted(found)
    # a hiragana lead Sudachi cuts into pieces of no noun, after の (おー|ばん)
    kinds = nodes("食品スーパーのおーばんホールディングス(天童市)は発表した。")
    assert kinds["おーばんホールディングス"]["type"] == "Company", kinds
    # not a conjunction at a sentence's start, nor a contract that moves a company
    assert not nodes("つまりホールディングスは赤字だ。")
    assert not any(e[1] == "partnersWith" for e in edges("若葉電機は紅葉化学と株式交換契約を結んだ。"))
    assert ("若葉電機", "partnersWith", "紅葉化学") in edges("若葉電機は紅葉化学と販売契約を結んだ。")


def test_a_count_after_a_list_past_a_gloss_or_a_description() -> None:
    for text in (
        "北浜町は23日、若葉銀行や紅葉銀行(福井市)など4金融機関と協定を結んだ。",
        "北浜町は23日、若葉銀行や紅葉銀行など関係の深い4金融機関と協定を結んだ。",
    ):
        found = edges(text)
        for bank in ("若葉銀行", "紅葉銀行"):
            assert ("北浜町", "partnersWith", bank) in found, (text, sorted(found))
    # a name before the count is a member of the list, not a description of it
    found = edges("北浜町は、若葉銀行、紅葉銀行の2行と協定を結んだ。")
    assert ("北浜町", "partnersWith", "若葉銀行") in found, sorted(found)


def test_a_majority_put_into_a_company_and_the_rest_of_the_stake() -> None:
    found = edges("若葉商事は紅葉HDに70%前後を出資する。")
    assert ("紅葉HD", "subsidiaryOf", "若葉商事") in found, sorted(found)
    assert ("紅葉HD", "subsidiaryOf", "若葉商事") not in edges("若葉商事は紅葉HDに30%を出資する。")
    found = edges("若葉商事は紅葉HDに70%を出資して連結子会社とし、残りは青空物産が出資する。")
    assert ("青空物産", "investsIn", "若葉商事") not in found, sorted(found)
    assert ("紅葉HD", "subsidiaryOf", "青空物産") not in found, sorted(found)
    # a topic set up in a clause joined before the cue is still what the investor puts money in
    found = edges("紅葉化学は2018年に設立され、若葉電機が出資している。")
    assert ("若葉電機", "investsIn", "紅葉化学") in found, sorted(found)


def test_names_end_where_they_end_in_published_news() -> None:
    # made by GE: the company is GE; 関東・関西間: between two regions; 大蔵村建設: a building in a town
    assert "GE" in nodes("若葉重工はGE製のガスタービンを使う。")
    assert "関西間" not in nodes("関東・関西間の高速道路で運行する。")
    assert not any(n.endswith("建設") for n in nodes("山形・大蔵村建設の野菜工場が完成した。"))
    # what a drug maker makes is no named technology; GHG is no company
    assert "医薬品" not in nodes("若葉製薬は医薬品を開発する。")
    assert "GHG" not in nodes("温室効果ガス(GHG)の排出を減らす。")
    # a district after its city stays one
    assert "港区" in nodes("若葉電機は東京・港区に本社を置く。")


def test_a_tie_between_list_members_binds_only_the_next() -> None:
    text = (
        "【若葉商事】 関東の食品スーパー3社、来年統合\n"
        "若葉商事は1日、同社が筆頭株主である紅葉フーズ(東京都豊島区)と青空商事(茨城県つくば市)、"
        "100%子会社の朝霧マート(東京都江東区)の3社を経営統合すると発表した。"
    )
    found = edges(text)
    assert ("朝霧マート", "subsidiaryOf", "若葉商事") in found, sorted(found)
    assert ("紅葉フーズ", "subsidiaryOf", "若葉商事") not in found, sorted(found)
    for held in ("紅葉フーズ", "青空商事"):
        assert ("若葉商事", "investsIn", held) in found, sorted(found)


def test_precision_of_titles_rights_sites_and_glued_names() -> None:
    # a head of an institute, with no body named, does not lead the article's company
    found = edges("若葉製薬は東都大学と提携した。新薬開発へ200億円、川村伸弥所長が研究全体を指揮する。")
    assert ("川村伸弥", "leads", "若葉製薬") not in found, sorted(found)
    assert ("田中一郎", "leads", "若葉製薬") in edges("若葉製薬は新薬を発売した。田中一郎社長は語った。")
    # a right bought is no company bought
    found = edges("今回の紅葉製薬の販売権取得に伴い、若葉製薬は販売を終える。")
    assert not any(e[1] == "acquires" for e in found), sorted(found)
    assert ("若葉電機", "acquires", "紅葉化学") in edges("若葉電機は紅葉化学の経営権を取得した。")
    # a nuclear plant is a site; a katakana word glued to Latin letters ends a company's name
    assert nodes("上関原発(山口県上関町)も重要だとした。")["上関原発"]["type"] == "Place"
    kinds = nodes("「第3の製鉄所をつくる」と話すのは、JFEスチール副社長の小川博之氏。")
    assert "スチール" not in kinds and kinds["JFEスチール"]["type"] == "Company", kinds
    assert "エコシステム" not in nodes("若葉電機は日本のエコシステムと提携する。")


def test_partners_of_one_company_are_not_each_others() -> None:
    # 「X」とA、B、Cが提携 / Xに対し、28日、A、B、Cが提携: each ties up with X
    for text in (
        "若葉電機と紅葉通信が設立した「ミナトモビリティ・テクノロジーズ」と青空自動車、朝霧自動車、夕凪自動車が資本業務提携した。",
        "若葉電機と紅葉通信が2018年に設立したミナトモビリティ・テクノロジーズに対し、28日、青空自動車、朝霧自動車、夕凪自動車が"
        "新たに資本業務提携を締結した。",
    ):
        found = edges(text)
        for maker in ("青空自動車", "朝霧自動車", "夕凪自動車"):
            assert (maker, "partnersWith", "ミナトモビリティ・テクノロジーズ") in found, (text, sorted(found))
        assert ("青空自動車", "partnersWith", "朝霧自動車") not in found, sorted(found)
        assert ("若葉電機", "partnersWith", "ミナトモビリティ・テクノロジーズ") not in found, sorted(found)
    # a counted list is one set of parties; a partner no name stands for pairs no one
    found = edges("若葉電機と紅葉化学、青空商事の3社は提携した。")
    assert ("紅葉化学", "partnersWith", "青空商事") in found, sorted(found)
    found = edges("正体不明の企業と若葉電機、紅葉化学が資本業務提携した。")
    assert ("若葉電機", "partnersWith", "紅葉化学") not in found, sorted(found)


def test_investors_listed_one_per_line_below_an_announcing_sentence() -> None:
    text = (
        "創薬ベンチャーのソラミチバイオ株式会社(大阪府吹田市)は、総額6.5億円の第三者割当増資を完了したと発表した。"
        "引受先は以下の通り。\n若葉キャピタル株式会社\n東都大学ファンド運営株式会社\n紅葉化学株式会社\n"
        "若葉キャピタルは2018年にも出資している。青空商事は販売で協力する。"
    )
    found = edges(text)
    for investor in ("若葉キャピタル", "紅葉化学"):
        assert (investor, "investsIn", "ソラミチバイオ") in found, sorted(found)
    # the list ends with the first sentence of prose
    assert ("青空商事", "investsIn", "ソラミチバイオ") not in found, sorted(found)
    # no announcing sentence, no list
    found = edges("ソラミチバイオ株式会社は新薬を開発した。\n若葉キャピタル株式会社\n紅葉化学株式会社\n")
    assert not any(e[1] == "investsIn" for e in found), sorted(found)


def test_review_negatives_of_the_published_news_readings() -> None:
    # an adverb before a hiragana name is no part of it; a contrast's に対し names no partner
    assert "ひまわり銀行" in nodes("若葉電機は、さらにひまわり銀行と提携した。")
    found = edges("朝霧自動車が自前開発を貫くのに対し、若葉電機と紅葉化学は協業する。")
    pair = {("紅葉化学", "partnersWith", "若葉電機"), ("若葉電機", "partnersWith", "紅葉化学")}
    assert pair & set(found), sorted(found)
    # a surname with 村 before a business word stays a name
    assert nodes("中村建設は新工場を建てた。")["中村建設"]["type"] == "Company"
    # a description before a comma stays the first name's when the list runs on with ら
    found = edges("米投資ファンド、ノーザンキャピタルらが出資した。")
    assert ("ノーザンキャピタル", "basedIn", "米国") in found, sorted(found)
    # a stake two investors hold together (計70%) makes neither the parent
    found = edges("若葉商事と紅葉物産は青空HDに計70%を出資する。")
    assert not any(e[1] == "subsidiaryOf" for e in found), sorted(found)
    # the line list ends at a heading
    text = (
        "創薬ベンチャーのソラミチバイオ株式会社は増資を完了したと発表した。引受先は以下の通り。\n"
        "若葉キャピタル株式会社\n【主要取引先】\n紅葉化学株式会社\n"
    )
    found = edges(text)
    assert ("若葉キャピタル", "investsIn", "ソラミチバイオ") in found, sorted(found)
    assert ("紅葉化学", "investsIn", "ソラミチバイオ") not in found, sorted(found)


def test_a_bare_title_is_not_the_article_companys_when_the_person_has_another() -> None:
    # 田中社長 after 南海化学の田中一郎社長: 南海化学's, not the company the article is about
    text = (
        "北斗電機は新型電池を開発した。南海化学の田中一郎社長も出席した。"
        "北斗電機の山田社長は記者会見で語った。田中社長は「協力したい」と述べた。"
    )
    found = edges(text)
    assert ("田中一郎", "leads", "南海化学") in found, sorted(found)
    assert not {e for e in found if e[0].startswith("田中") and e[2] == "北斗電機"}, sorted(found)
    # the organisation after the name (山田一郎・南海化学社長, 佐藤二郎氏(東西物産会長)) binds them too
    text = (
        "北斗電機は新型電池を開発した。山田一郎・南海化学社長も出席した。佐藤二郎氏(東西物産会長)も来た。"
        "北斗電機の鈴木社長が語った。山田社長は「協力したい」と述べた。佐藤会長も応じた。"
    )
    found = edges(text)
    assert ("山田一郎", "leads", "南海化学") in found, sorted(found)
    assert not {e for e in found if e[0][:2] in ("山田", "佐藤") and e[2] == "北斗電機"}, sorted(found)
    # a person named with a post in parentheses keeps the article company's bare title later
    text = (
        "北斗ホールディングスは新体制を発表した。北斗ホールディングスの山田会長(北斗電機社長)、"
        "前田一郎社長(南海化学会長)が会見した。前田社長は「成長したい」と述べた。"
    )
    found = edges(text)
    assert ("前田一郎", "leads", "北斗ホールディングス") in found or (
        "前田",
        "leads",
        "北斗ホールディングス",
    ) in found, sorted(found)


def test_a_bare_title_after_another_body_is_nobodys() -> None:
    # 南海証券との締結式は…佐伯社長: whose 頭取 the sentence does not say
    text = (
        "北斗銀行は北斗市と協定を結んだ。北斗銀行は地域の企業を支援する。"
        "南海証券との締結式は28日に行われ、佐伯一雄社長らが出席した。"
    )
    found = edges(text)
    assert ("北斗銀行", "partnersWith", "北斗市") in found, sorted(found)
    assert not {e for e in found if e[0] == "佐伯一雄" and e[2] == "北斗銀行"}, sorted(found)
    # another company bound to its own person does not hide the article's company
    text = (
        "北斗電機は役員人事を発表した。北斗電機は再建を急ぐ。"
        "南海化学元社長の川上一郎氏は副社長に、森田二郎副社長は専務に降格する。"
    )
    found = edges(text)
    roles = {("森田二郎", "leads", "北斗電機"), ("森田二郎", "worksFor", "北斗電機")}
    assert roles & set(found), sorted(found)


def test_cooperative_banks_are_companies() -> None:
    text = "北斗信用金庫は北斗市と協定を結んだ。北斗信金の山田一郎理事長が出席した。東西労働金庫も参加した。"
    found = nodes(text)
    assert found["北斗信用金庫"]["type"] == "Company", found
    assert found["東西労働金庫"]["type"] == "Company", found
    assert "北斗信金" not in found, found  # the short form is the same bank
    assert ("山田一郎", "leads", "北斗信用金庫") in edges(text)
    # the kind of bank is no name
    assert not {n for n in nodes("地元信金や信用組合も支援する。") if "信" in n}


@pytest.mark.parametrize(
    "text",
    [
        "政府の規制緩和を受け、北斗電機は南海化学と提携した。",  # a measure lifted
        "米国は中興通訊への制裁解除を決めた。",
        "米政府の関税措置で、北斗自動車や南海モーターズの輸出が減った。",  # names the measure only leads to
    ],
)
def test_a_measure_lifted_or_only_led_to_restricts_no_one(text: str) -> None:
    found = edges(text)
    assert not any(e[1] == "restricts" for e in found), sorted(found)


def test_a_measure_restricts_the_names_it_keeps_from_something() -> None:
    found = edges("米政府の輸出規制により、中国企業は北斗電機の最新チップを購入できない。")
    assert ("米政府", "restricts", "北斗電機") in found, sorted(found)


def test_a_company_listed_with_another_is_not_the_article_company() -> None:
    # 北斗銀行と南海銀行は: neither is more the article's than the other, so a bare 頭取 is nobody's
    found = edges("北斗銀行と南海銀行は経営統合する。岡野一郎頭取は「地域に貢献したい」と述べた。")
    assert any(e[1] == "partnersWith" for e in found), sorted(found)
    assert not any(e[0] == "岡野一郎" for e in found), sorted(found)
    # a company that is a topic on its own later is
    found = edges("北斗銀行と南海銀行は経営統合する。北斗銀行は新しい店を開く。岡野一郎頭取が語った。")
    assert ("岡野一郎", "leads", "北斗銀行") in found, sorted(found)


def test_the_founder_before_ga_setsuritsu_is_no_new_company() -> None:
    # 南海化学が設立したミライ: 南海化学 founded it; a later それぞれ…取得 splits no stake in 南海化学
    text = (
        "北斗電機と南海化学が設立したミライ株式会社に対し、東西物産と西日本商事が資本業務提携を締結した。"
        "8月までに出資を終えて、それぞれ約2%の株式を取得する。"
    )
    found = edges(text)
    assert ("東西物産", "partnersWith", "ミライ") in found, sorted(found)
    assert not any(e[1] == "investsIn" and e[2] in ("南海化学", "北斗電機") for e in found), sorted(found)
    # a company that was set up (が設立された) is the new one
    found = edges("新会社ミライが設立された。北斗電機と南海化学がそれぞれ50%を出資する。")
    assert ("北斗電機", "investsIn", "ミライ") in found, sorted(found)


def test_a_company_as_the_scene_is_the_subject_not_the_previous_topic() -> None:
    text = (
        "あわせて北斗電機と南海化学は、ミライ株式会社に追加出資する。"
        "ミライでは、自動運転技術を用いたライドシェアの実現を目指して事業を進めている。"
    )
    found = edges(text)
    assert ("北斗電機", "investsIn", "ミライ") in found, sorted(found)
    assert not {e for e in found if e[0] in ("北斗電機", "南海化学") and e[1] == "uses"}, sorted(found)
    # には names a recipient: the previous topic still supplies it
    found = edges("北斗電機は新型電池を開発した。東西自動車には来年から供給する。")
    assert ("北斗電機", "supplies", "東西自動車") in found, sorted(found)


def test_a_headlines_opening_name_is_no_member_of_a_list() -> None:
    # 北斗電機、南海化学を東西物産に売却: 北斗電機 sells; only 南海化学 is bought
    found = edges("北斗電機、南海化学を東西物産に売却\n北斗電機は事業を見直す。")
    assert ("東西物産", "acquires", "南海化学") in found, sorted(found)
    assert ("東西物産", "acquires", "北斗電機") not in found, sorted(found)


def test_gh_ends_a_group_holding_company() -> None:
    found = nodes("ミナトグループホールディングスは新商品を出す。ミナトGHの勝木一郎社長が語った。")
    assert "ミナトGH" not in found and "ミナト" not in found, found
    assert ("勝木一郎", "leads", "ミナトグループホールディングス") in edges(
        "ミナトグループホールディングスは新商品を出す。ミナトGHの勝木一郎社長が語った。"
    )
    assert nodes("北斗GHは新商品を出す。")["北斗GH"]["type"] == "Company"


def test_a_clause_before_a_verb_modifies_no_topic() -> None:
    # 南海化学が…子会社化すると発表した: the clause is what is announced, not a description of 北斗電機
    found = edges("北斗電機は南海化学が東西物産を子会社化すると発表した。")
    assert ("東西物産", "subsidiaryOf", "南海化学") in found, sorted(found)
    assert ("北斗電機", "subsidiaryOf", "南海化学") not in found, sorted(found)
    # a noun with a copula is what the clause describes: the topic
    assert ("北斗電機", "investsIn", "ミライ") in edges("ミライは北斗電機が出資する合弁会社だ。")


def test_a_parent_in_a_gloss_holds_only_the_name_it_follows() -> None:
    found = edges("北斗航空(東西ホールディングス傘下)と南海航空は共同運航を始める。")
    assert ("北斗航空", "subsidiaryOf", "東西ホールディングス") in found, sorted(found)
    assert ("南海航空", "subsidiaryOf", "東西ホールディングス") not in found, sorted(found)


def test_a_broadcaster_named_by_a_region_is_a_company_where_its_chief_is_named() -> None:
    found = nodes("東西テレビの亀山一郎社長が退任し、中国放送の宮内二郎社長が後任に就く。")
    assert found["東西テレビ"]["type"] == "Company", found
    assert found["中国放送"]["type"] == "Company", found  # not the country
    assert ("宮内二郎", "leads", "中国放送") in edges("中国放送の宮内二郎社長が後任に就く。")
    # a kind of business is no name
    found = nodes("地方鉄道の多くは赤字だ。都市交通の課題を議論した。")
    assert not {n for n in found if n.endswith(("鉄道", "交通"))}, found


def test_a_kind_of_share_is_no_company() -> None:
    found = nodes("ハイテク株の下落が続いた。グロース株を買う動きが広がった。")
    assert not {n for n, d in found.items() if d["type"] == "Company"}, found


def test_a_clause_that_describes_the_holder_passes_no_control() -> None:
    # ソラ航空を傘下に持つミナトHD: ミナトHD holds it; a 9.5% stake in it is an investment
    found = edges("東西航空は、ソラ航空を傘下に持つミナトホールディングスの株式9.5%を取得する。")
    assert ("ソラ航空", "subsidiaryOf", "ミナトホールディングス") in found, sorted(found)
    assert ("東西航空", "investsIn", "ミナトホールディングス") in found, sorted(found)
    assert ("ソラ航空", "subsidiaryOf", "東西航空") not in found, sorted(found)
    assert not any(e[1] == "acquires" for e in found), sorted(found)


def test_a_holding_company_of_one_founder_and_names_joined_by_a_particle() -> None:
    # one company's own holding company holds nothing the sentence says
    assert not any(e[1] == "subsidiaryOf" for e in edges("北斗電機は持ち株会社「北斗HD」を設立する。"))
    # the banks of a counted list all go under it
    found = edges("北斗銀行、南海銀行、東西銀行の3行は共同持ち株会社ミライフィナンシャルグループを設立する。")
    for bank in ("北斗銀行", "南海銀行", "東西銀行"):
        assert (bank, "subsidiaryOf", "ミライフィナンシャルグループ") in found, sorted(found)
    # 北斗銀行とみなと銀行: two banks, not one name with a hiragana middle
    found = nodes("北斗銀行とみなと銀行は経営統合する。")
    assert {"北斗銀行", "みなと銀行"} <= set(found), found


def test_a_holding_company_named_after_its_members_stays_its_own() -> None:
    found = edges("北斗電機とミナトは経営統合し、共同持ち株会社「北斗電機・ミナト」を設立する。")
    assert ("北斗電機", "subsidiaryOf", "北斗電機・ミナト") in found, sorted(found)
    assert ("ミナト", "subsidiaryOf", "北斗電機・ミナト") in found, sorted(found)
    # a longer name with nothing between the two is the same company
    assert "アリババ" not in nodes("アリババは新サービスを始めた。アリババ・グループの株価が上がった。")


def test_a_ward_of_a_city_keeps_its_city() -> None:
    # 大阪市中央区 and 東京都中央区 are two places; one node 中央区 would join them
    text = "ソラ化学は、南海製薬(本社:大阪市中央区)と北斗薬品(本社:東京都中央区)に販売権を譲る。"
    found = edges(text)
    assert ("南海製薬", "basedIn", "大阪市中央区") in found, sorted(found)
    assert ("北斗薬品", "basedIn", "中央区") in found, sorted(found)
    assert nodes("北斗電機(名古屋市中村区)は新工場を建てる。")["名古屋市中村区"]["type"] == "Place"


@pytest.mark.parametrize(
    "text",
    [
        "北斗電機は南海化学との資本提携を打ち切る。",
        "北斗電機は南海化学の買収を断念した。",
        "北斗電機は南海化学への出資を見送った。",
        "北斗電機と南海化学は提携解消で合意した。",
    ],
)
def test_a_deal_called_off_is_no_relation(text: str) -> None:
    found = edges(text)
    assert not any(e[1] in ("partnersWith", "acquires", "investsIn") for e in found), sorted(found)


def test_a_deal_called_off_leaves_the_next_one() -> None:
    found = edges("ソラ航空は北斗航空との提携を解消し、南海航空と提携した。")
    pairs = {frozenset((e[0], e[2])) for e in found if e[1] == "partnersWith"}
    assert frozenset(("ソラ航空", "南海航空")) in pairs, sorted(found)
    assert not {e for e in found if "北斗航空" in (e[0], e[2])}, sorted(found)


def test_a_holding_company_named_after_a_member_keeps_its_short_form_apart() -> None:
    # カモメ・ミナトHD is カモメ・ミナトホールディングス; the unit カモメ under it is not one with it
    text = (
        "カモメ・ミナトホールディングスは、傘下のカモメの株式を東西物産に売却する。"
        "カモメ・ミナトHDは東西物産の株式も取得する。"
    )
    found = edges(text)
    assert ("カモメ", "subsidiaryOf", "カモメ・ミナトホールディングス") in found, sorted(found)
    assert "カモメ" in nodes(text)


@pytest.mark.parametrize(
    "text",
    [
        "北斗航空(HA)や南海航空等を傘下におさめる東西ホールディングスは、新機材を導入する。",
        "北斗航空と南海航空などを傘下に持つ東西ホールディングスは、新機材を導入する。",
        "北斗航空、南海航空を傘下に収める東西ホールディングスは新機材を導入する。",
    ],
)
def test_every_unit_a_holder_is_described_by(text: str) -> None:
    found = edges(text)
    for unit in ("北斗航空", "南海航空"):
        assert (unit, "subsidiaryOf", "東西ホールディングス") in found, sorted(found)


def test_a_nameless_kind_ending_a_list_leaves_its_names_counted() -> None:
    # 政府系ファンド is one of the 16 the text does not name; 北斗電機 and 東西電力 still invest
    found = edges("北斗電機や東西電力、政府系ファンドなど国内16社が、ミナト・フュージョンに出資する。")
    for investor in ("北斗電機", "東西電力"):
        assert (investor, "investsIn", "ミナト・フュージョン") in found, sorted(found)


def test_a_short_name_before_a_gloss_after_a_quoted_name() -> None:
    text = (
        "北斗電機の子会社「ミナト・アドバンスト・セミコンダクター」(MNSC、熊本市)は工場を建てる。"
        "MNSCの山田太郎社長が出席した。"
    )
    found = edges(text)
    assert ("山田太郎", "leads", "ミナト・アドバンスト・セミコンダクター") in found, sorted(found)
    assert "MNSC" not in nodes(text)


def test_a_measure_that_names_both_ends_is_not_the_receivers() -> None:
    # 南海化学 received the news of the embargo on 北斗電機; it is not restricted itself
    found = edges(
        "南海化学は22日までに、米政府による中国通信機器大手、北斗電機(ホクト)に対する禁輸措置を受け、"
        "北斗電機との取引を中止した。"
    )
    assert ("米政府", "restricts", "北斗電機") in found, sorted(found)
    assert ("米政府", "restricts", "南海化学") not in found, sorted(found)
    assert ("米政府", "restricts", "北斗電機") in edges("北斗電機は米政府による制裁を受けた。")


def test_an_ordinal_is_part_of_a_deputys_title() -> None:
    found = nodes("会合には、イワン・ペトロフ露第一副首相が出席した。")
    assert not [n for n, d in found.items() if d["type"] == "Person" and n != "イワン・ペトロフ"], found
    found = edges("北斗電機の山田太郎第1副社長が出席した。")
    assert ("山田太郎", "worksFor", "北斗電機") in found, sorted(found)


def test_a_person_before_a_quoted_organisation_and_title() -> None:
    found = edges("対象者には、イワン・ペトロフ「ミナトモーターズ」社長及びミナトモーターズ社が含まれる。")
    assert ("イワン・ペトロフ", "leads", "ミナトモーターズ") in found, sorted(found)


def test_quoted_names_written_one_after_another_are_a_list() -> None:
    found = edges("北斗電機傘下の「南海化学」「東西工業」「西海精機」の3社を吸収合併させる。")
    for unit in ("南海化学", "東西工業", "西海精機"):
        assert (unit, "subsidiaryOf", "北斗電機") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("オンライン記者会見で買収を発表する北斗電機のエリック・ジョンソン社長=26日午後", "オンライン"),
        ("北斗電機の山内一郎チーフ・マーケティング・オフィサー(CMO)は語った。", "オフィサー"),
        ("南海政府は、ソラニア軍幹部への資産凍結を発表した。", "軍"),
        ("微生物による発酵(ブリューイング)プロセスにより製造され、多様な素材になる。", "ブリューイング)"),
    ],
)
def test_a_post_or_half_a_gloss_is_no_name(text: str, not_a_name: str) -> None:
    found = nodes(text)
    assert not [n for n in found if not_a_name in n], found


def test_a_subsidiary_described_by_a_clause_is_not_the_topic() -> None:
    found = edges("東西精機は、北斗電機の完全子会社で電力の変換を担う半導体を製造する南海電子を買収する。")
    assert ("南海電子", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("東西精機", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("東西精機", "acquires", "南海電子") in found, sorted(found)


def test_a_company_inside_a_quote_is_not_whose_title_follows() -> None:
    found = edges(
        "ミナトロボは南海物産と提携した。荷物の重さについて「3キロの範囲で考えている。(南海物産が)運ぶのは郵便物で、"
        "5キロあれば十分だ」(山田一郎社長)と見込む。"
    )
    assert ("山田一郎", "leads", "南海物産") not in found, sorted(found)


def test_a_stake_in_a_joint_venture_left_unnamed_is_in_no_named_company() -> None:
    found = edges(
        "北斗電機と米ミナモ・モーターズ、ミナモ傘下の米ソラロボは、日本で事業を始めると発表した。"
        "来年に3社で合弁会社を設立し、北斗電機が過半を出資する。"
    )
    assert not [e for e in found if e[0] == "北斗電機" and e[1] in ("investsIn", "acquires")], sorted(found)
    assert not [e for e in found if e[2] == "北斗電機" and e[1] == "subsidiaryOf"], sorted(found)


def test_an_exchange_before_its_market_segment() -> None:
    found = nodes("北斗電機は、12日付で東京証券取引所プライム市場の上場廃止となる。")
    assert "東京証券取引所" in found, sorted(found)


def test_people_by_a_ministrys_deputy_title_and_after_a_title() -> None:
    found = nodes("対象には、ミハイル・ペトロフスキー露国防次官や哲学者アレクサンドル・ソコロフが含まれる。")
    assert found.get("ミハイル・ペトロフスキー", {}).get("type") == "Person", sorted(found)
    assert found.get("アレクサンドル・ソコロフ", {}).get("type") == "Person", sorted(found)


def test_a_name_besides_a_nameless_object_is_an_object_too() -> None:
    found = edges("北斗エナジーは、2024年に稼働し、東西自動車のほか、自動車メーカー各社へ供給する。")
    assert ("北斗エナジー", "supplies", "東西自動車") in found, sorted(found)


def test_a_bare_title_after_the_place_of_a_press_conference() -> None:
    found = edges(
        "北斗エナジージャパン(神奈川県座間市)は4日、新工場を建設すると発表した。"
        "同日午前、南山県庁(水戸市)で記者会見した松本昌一社長は語った。"
    )
    assert ("松本昌一", "leads", "北斗エナジージャパン") in found, sorted(found)


def test_a_subsidy_put_to_use_is_received() -> None:
    found = edges("北斗エナジーは新工場の建設を発表した。茨城県の補助金を活用し、北斗エナジーが建設する。")
    assert ("北斗エナジー", "supports", "茨城県") not in found, sorted(found)


def test_a_passive_clause_describing_a_product_names_no_user() -> None:
    found = edges("北斗化学は回路形成に用いられる「フォトレジスト」で、世界市場の約3割のシェアを握る。")
    assert ("北斗化学", "uses", "フォトレジスト") not in found, sorted(found)


def test_holders_in_a_clause_describing_the_parent_hold_the_parent() -> None:
    found = edges(
        "ミナト電機は、中国の再生可能エネルギー企業、北斗グループが80%、東西自動車が20%を出資する"
        "ソラAESCグループの傘下にあり、日本の工場の運営を担う。"
    )
    assert ("ミナト電機", "subsidiaryOf", "ソラAESCグループ") in found, sorted(found)
    for holder in ("北斗グループ", "東西自動車"):
        assert (holder, "investsIn", "ソラAESCグループ") in found, sorted(found)
        assert (holder, "investsIn", "ミナト電機") not in found, sorted(found)
        assert (holder, "subsidiaryOf", "ソラAESCグループ") not in found, sorted(found)


def test_a_product_whose_maker_is_written_is_not_the_topics() -> None:
    found = edges("東西電機は電子部品の出荷を一時停止した。北斗製スマートフォンの発売延期も相次いだ。")
    assert ("東西電機", "develops", "スマートフォン") not in found, sorted(found)
    found = edges("東西電機は新工場を建てた。米国製の半導体製造装置を導入する。")
    assert ("東西電機", "uses", "半導体製造装置") in found, sorted(found)


def test_a_grant_put_to_use_without_a_particle() -> None:
    found = edges(
        "経産省、蓄電池の供給に1846億円の補助金 北斗自動車と南海化学工業は助成金活用して"
        "2027年に電池工場を新設\n経済産業省は4月28日、蓄電池の供給体制を強化するため、最大1846億円を補助する。"
    )
    supporters = {e[0] for e in found if e[1] == "supports"}
    assert not supporters & {"北斗自動車", "南海化学工業"}, sorted(found)


def test_a_legal_form_alone_is_no_company() -> None:
    found = nodes(
        "南海化学は、半導体事業を、台湾に本社を置く半導体企業であるMinabond Electr onics Corporation傘下の"
        "Nuvola Technology Corporation(Nuvola)に譲渡すると発表した。"
    )
    assert "Corporation" not in found, sorted(found)


def test_the_current_post_word_is_not_part_of_a_company_name() -> None:
    found = edges("新会社のCEOには、現北斗電機CEOのカール・ミュラー氏が就任する予定。")
    assert ("カール・ミュラー", "leads", "北斗電機") in found, sorted(found)
    assert "現代自動車" in nodes("現代自動車は新型車を発表した。")


def test_a_name_before_a_securities_code_is_a_company() -> None:
    found = nodes("新東西科学 <2395> は3営業日ぶりに急反発した。13日、みなとせいグループ <4999> と提携した。")
    assert found.get("新東西科学", {}).get("type") == "Company", sorted(found)
    assert found.get("みなとせいグループ", {}).get("type") == "Company", sorted(found)
    assert "13日、みなとせいグループ" not in found


def test_a_deal_made_a_noun_and_reported_keeps_its_subjects() -> None:
    found = edges(
        "北斗電機や東西電力、政府系ファンドなど国内16社が、大学発の核融合ベンチャー、ミナト・フュージョン(東京)に"
        "計約100億円を出資することが16日、分かった。"
    )
    for investor in ("北斗電機", "東西電力"):
        assert (investor, "investsIn", "ミナト・フュージョン") in found, sorted(found)


def test_a_post_then_a_comma_and_another_company_is_not_the_next_persons() -> None:
    found = edges("式典には北斗電機社長、南海化学の佐藤次郎会長らが出席した。")
    assert ("佐藤次郎", "leads", "北斗電機") not in found, sorted(found)
    found = edges("吉田氏は米国法人の北斗インターナショナル社長に、福田一郎氏は本社の社長へ異動した。")
    assert ("福田一郎", "leads", "北斗インターナショナル") not in found, sorted(found)
    found = edges("北斗HDの田中一郎会長(南海電機社長)、前田恵三社長(東西化学会長)が記者会見した。")
    assert ("前田恵三", "leads", "南海電機") not in found, sorted(found)
    found = edges("社外取締役(佐藤一郎・元北斗電機副社長、松本次郎・南海化学代表取締役会長)が占める。")
    assert ("松本次郎", "worksFor", "北斗電機") not in found, sorted(found)


def test_the_noun_a_receiving_clause_describes_receives() -> None:
    found = edges("北斗電機の出資を受ける南海化学は新工場を建てる。")
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)


def test_a_trade_papers_one_character_legal_form_marks_a_company() -> None:
    text = "北斗飼料㈱(山田一郎社長―本社・東京都港区)と㈲みなと精肉、南洋畜産㈱は、提携内容を公表した。"
    found = nodes(text)
    assert found.get("北斗飼料", {}).get("type") == "Company", sorted(found)
    assert found.get("南洋畜産", {}).get("type") == "Company", sorted(found)
    found = edges(text)
    assert ("北斗飼料", "basedIn", "港区") in found, sorted(found)
    assert ("山田一郎", "leads", "北斗飼料") in found, sorted(found)


def test_a_count_after_a_description_of_the_list_stands_for_the_list() -> None:
    found = edges("北斗電機と東西物産、南海化学の北斗グループ3社は中部化学の第三者割当増資を引き受ける。")
    for investor in ("北斗電機", "東西物産", "南海化学"):
        assert (investor, "investsIn", "中部化学") in found, sorted(found)
    listed = nodes("北斗電機と東西物産、南海化学の北斗グループ3社は中部化学に出資する。")
    assert "北斗グループ3社" not in listed, sorted(listed)
    found = edges(
        "北斗電機㈱(山田一郎社長―本社・東京都港区)、東西物産㈱(山本二郎社長―本社・大阪市北区)の2社が"
        "中部化学の第三者割当増資(計7.4%)を引き受ける。"
    )
    for investor in ("北斗電機", "東西物産"):
        assert (investor, "investsIn", "中部化学") in found, sorted(found)
    found = edges("北斗電機の子会社2社が中部化学の第三者割当増資を引き受ける。")
    assert ("北斗電機", "investsIn", "中部化学") not in found, sorted(found)


def test_a_number_of_shares_is_no_company() -> None:
    found = nodes("北斗電機1株に対し持ち株会社1株、南海化学1株に対し持ち株会社3・67株を割り当てる。")
    assert not {"1株", "3・67株"} & set(found), sorted(found)


def test_both_companies_with_one_main_shareholder() -> None:
    found = edges("北斗電機と南海化学は来年4月に経営統合する。両社とも東西商事が筆頭株主だ。")
    for held in ("北斗電機", "南海化学"):
        assert ("東西商事", "investsIn", held) in found, sorted(found)


def test_the_allottees_named_in_a_cleft() -> None:
    found = edges(
        "北斗テックは3月2日、第三者割当増資の実施を発表した。引受先となったのは既存株主の東西キャピタル、"
        "南海ベンチャーズ(NV)、西部キャピタルに加え、新たに三井物産が今回の調達ラウンドに参加している。"
    )
    for investor in ("東西キャピタル", "南海ベンチャーズ", "西部キャピタル"):
        assert (investor, "investsIn", "北斗テック") in found, sorted(found)


def test_an_address_in_a_gloss_is_no_company() -> None:
    found = nodes("㈱北斗宇宙研究所(=北斗宇宙、福岡市中央区天神5丁目、山田一郎社長)は衛星を打ち上げた。")
    assert not any("天神" in n for n in found), sorted(found)


def test_two_bodies_joined_by_a_middle_dot() -> None:
    found = nodes("副会長には全国清涼飲料協同組合連合会・全国北斗飲料工業組合連合会の仲原孝志理事長が就く。")
    for body in ("全国清涼飲料協同組合連合会", "全国北斗飲料工業組合連合会"):
        assert found.get(body, {}).get("type") == "Organization", sorted(found)


def test_a_post_at_the_topic_taken_by_a_person_of_another_company() -> None:
    found = edges("東西協会は定時総会を開き、新会長に北斗電機の山田一郎社長が就任した。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    assert ("山田一郎", "leads", "東西協会") in found, sorted(found)
    found = edges("東西協会は定時総会を開いた。北斗電機の山田一郎社長が会長に就任した。")
    assert ("山田一郎", "leads", "東西協会") not in found, sorted(found)


def test_a_company_and_a_post_run_together_is_no_name() -> None:
    found = nodes("新会社の社長には中部飼料生産統括部長の山田一郎氏が就く。")
    assert not any(n.endswith("部長") for n in found), sorted(found)


def test_a_holding_company_named_as_new_is_the_later_holding_company() -> None:
    found = edges(
        "北斗電機と南海化学は30日、経営統合すると発表した。持ち株会社の名称を「北斗南海ホールディングス」とし、"
        "社長には南海化学の佐藤次郎社長が就任する。"
    )
    assert ("佐藤次郎", "leads", "北斗南海ホールディングス") in found, sorted(found)
    found = edges(
        "北斗電機と南海化学は経営統合する。持ち株会社の名称は「北斗南海ホールディングス」とする。"
        "北斗電機の山田一郎社長が持ち株会社の社長に就任する予定。"
    )
    assert ("山田一郎", "leads", "北斗南海ホールディングス") in found, sorted(found)


def test_a_head_office_named_with_its_region_in_a_gloss() -> None:
    found = edges("南海フーズ㈱(田中一郎社長―青森本社・青森県八戸市、東京本社・東京都千代田区)は合意した。")
    assert ("南海フーズ", "basedIn", "八戸市") in found, sorted(found)


def test_a_chinese_group_after_a_description() -> None:
    found = nodes("北斗食品は、上海最大の食品企業である上海北斗集団が設立した製粉企業。")
    assert found.get("上海北斗集団", {}).get("type") == "Company", sorted(found)


def test_a_company_in_a_quote_the_person_opens_is_not_whose_title() -> None:
    found = edges(
        "北斗モバイルと南海郵政は12日、資本・業務提携すると発表した。南海郵政が、北斗モバイルの第三者割当増資に"
        "応じる。山田一郎会長兼社長は「全国に拠点を持つ南海郵政と組めるのは新しい提携だ」と話した。"
    )
    assert ("山田一郎", "leads", "南海郵政") not in found, sorted(found)


def test_two_posts_of_one_organisation_filled_in_pairs() -> None:
    found = edges(
        "北斗航空と南海航空は経営統合した。両社は共同持ち株会社「北斗プラスウイングス」を設立した。"
        "持ち株会社の社長には南海航空の高橋一郎社長が、会長には北斗航空の草野二郎社長がそれぞれ就任した。"
    )
    assert ("高橋一郎", "leads", "北斗プラスウイングス") in found, sorted(found)
    assert ("草野二郎", "leads", "北斗プラスウイングス") in found, sorted(found)


def test_founders_who_split_the_stake() -> None:
    found = edges("北斗エナジーは北斗電力と南海電力が15年4月に折半出資で設立した。")
    for founder in ("北斗電力", "南海電力"):
        assert (founder, "investsIn", "北斗エナジー") in found, sorted(found)
    found = edges("北斗電力と南海電力が折半出資で設立した北斗エナジーは、参画すると発表した。")
    for founder in ("北斗電力", "南海電力"):
        assert (founder, "investsIn", "北斗エナジー") in found, sorted(found)


def test_the_same_company_is_not_the_quoted_topic_of_its_sentence() -> None:
    found = edges(
        "北斗エナジーは8月10日、米国で発電事業に参画すると発表した。事業会社「ミナトガス2」は同社と"
        "南海エナジーグループが折半出資することになる。"
    )
    assert ("北斗エナジー", "investsIn", "ミナトガス2") in found, sorted(found)


def test_a_group_company_named_after_its_parents_short_name() -> None:
    from kg.mentions.candidate import Candidate
    from kg.mentions.overlap import people_then_longest

    text = "伊藤忠食糧と伊藤忠本社、伊藤忠水戸支社"
    short = Candidate(0, 3, "伊藤忠商事", "Company", "lexicon.companies", "lexicon", 0.9)
    whole = Candidate(0, 5, "伊藤忠食糧", "Company", "ner.Company", "ner", 0.5)
    other = Candidate(6, 9, "伊藤忠商事", "Company", "lexicon.companies", "lexicon", 0.9)
    office = Candidate(6, 11, "伊藤忠本社", "Company", "ner.Company", "ner", 0.5)
    third = Candidate(12, 15, "伊藤忠商事", "Company", "lexicon.companies", "lexicon", 0.9)
    branch = Candidate(12, 19, "伊藤忠水戸支社", "Company", "ner.Company", "ner", 0.5)
    chosen = people_then_longest([short, other, third], [whole, office, branch], text)
    assert [c.name for c in chosen] == ["伊藤忠食糧", "伊藤忠商事", "伊藤忠商事"], chosen
    text = "伊藤忠資源トレーディング部"
    short = Candidate(0, 3, "伊藤忠商事", "Company", "lexicon.companies", "lexicon", 0.9)
    division = Candidate(0, 5, "伊藤忠資源", "Company", "ner.Company", "ner", 0.5)
    assert [c.name for c in people_then_longest([short], [division], text)] == ["伊藤忠商事"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("主にPJM、ISO-NEなど米国北東部の電力市場で売電する。", "ISO"),
        ("山田氏は再生可能エネルギー本部長や地域エネルギー本部長などを経て社長に就任。", "地域エネルギー"),
        ("北斗HD傘下の事業会社、北斗エナジーが全株式を取得する。", "事業会社"),
        ("ミナトリニューアブルは、2012年設立の新興エネルギー企業。", "エネルギー企業"),
        ("「北斗連」次期会長に森一郎氏 関電社長の就任が決まった。", "氏 関電"),
    ],
)
def test_what_is_no_organisation(text: str, word: str) -> None:
    found = nodes(text)
    assert word not in found and "国際標準化機構" not in found, sorted(found)


def test_every_member_of_a_list_after_its_parent_is_held() -> None:
    found = edges("北斗HD傘下の「南海精機」「東西工業」「西部製作所」を吸収合併させる。")
    for unit in ("南海精機", "東西工業", "西部製作所"):
        assert (unit, "subsidiaryOf", "北斗HD") in found, sorted(found)
    found = edges("工場を運営するのは北斗HD傘下の南海精機、東西工業、西部製作所が出資する会社だ。")
    assert ("東西工業", "subsidiaryOf", "北斗HD") not in found, sorted(found)
    found = edges("売上高で「北斗自動車」系の部品メーカー「南海電装」「東西精機」に次ぐ。")
    for unit in ("南海電装", "東西精機"):
        assert (unit, "subsidiaryOf", "北斗自動車") in found, sorted(found)


def test_a_rival_or_peer_of_a_country() -> None:
    found = edges("北斗モビリティは、インドネシアのライバル、ミナトジェックと競合している。")
    assert ("ミナトジェック", "basedIn", "インドネシア") in found, sorted(found)
    text = "北斗製薬は、米国の同業ダウンシャー・ブラウン・ラボラトリーズ(ミネソタ州)を買収すると発表した。"
    found = edges(text)
    assert ("ダウンシャー・ブラウン・ラボラトリーズ", "basedIn", "米国") in found, sorted(found)
    assert "シャー・ブラウン・ラボラトリーズ" not in nodes(text)


def test_a_state_fused_before_a_measure_imposes_it() -> None:
    found = edges(
        "北斗物産がLNG権益を取得するのは2019年以来となる。ロシアはウクライナ侵攻による米国制裁で、"
        "調達が始まっていない。"
    )
    assert ("米国", "restricts", "ロシア") in found, sorted(found)
    assert ("ロシア", "restricts", "北斗物産") not in found, sorted(found)
    assert ("米国", "restricts", "北斗物産") not in found, sorted(found)
    found = edges("日本政府は対ロシア制裁を強化した。")
    assert ("ロシア", "restricts", "日本政府") not in found, sorted(found)


def test_a_name_runs_on_over_a_second_line_of_business() -> None:
    found = nodes("台湾の南海化学製薬の子会社と契約を結んだ。北斗電機製のスマートフォンを使う。")
    assert "南海化学製薬" in found and "南海化学" not in found, sorted(found)
    assert "北斗電機" in found, sorted(found)


def test_a_name_described_as_a_parent_is_not_listed_with_its_child() -> None:
    found = edges("最終的に議決権所有比率は北斗通信が50%、南海商事の親会社である東西物産が50%となる予定。")
    assert ("南海商事", "subsidiaryOf", "東西物産") in found, sorted(found)
    assert ("北斗通信", "subsidiaryOf", "東西物産") not in found, sorted(found)


def test_a_unit_after_its_parent_in_a_list() -> None:
    found = edges("総務省は3日、通信障害を起こした北斗通信と傘下の南海セルラー電話に対し行政指導した。")
    assert ("南海セルラー電話", "subsidiaryOf", "北斗通信") in found, sorted(found)


def test_a_title_glossed_before_the_person() -> None:
    found = edges("と語るのは、北斗電機社長兼CEO(最高経営責任者)の新野一郎氏だ。")
    assert ("新野一郎", "leads", "北斗電機") in found, sorted(found)


def test_the_next_chair_chosen_by_the_topic() -> None:
    found = edges("業界団体の北斗事業連合会は20日、次期会長を南海電力の森一郎社長(63)とする人事を決めた。")
    assert ("森一郎", "leads", "北斗事業連合会") in found, sorted(found)
    assert ("森一郎", "leads", "南海電力") in found, sorted(found)


def test_a_shareholder_with_a_description() -> None:
    found = edges("北斗エナジーが、南海化学の株主である米金融大手ミナト・サックスから全株式を取得する予定。")
    assert ("ミナト・サックス", "investsIn", "南海化学") in found, sorted(found)


def test_units_with_their_places_held_by_the_clause_noun() -> None:
    found = edges("北斗銀行(高松市)、南海銀行(徳島市)を傘下に持つ東西ホールディングスは発表した。")
    for unit in ("北斗銀行", "南海銀行"):
        assert (unit, "subsidiaryOf", "東西ホールディングス") in found, sorted(found)


def test_founders_going_under_the_new_holding_company() -> None:
    found = edges(
        "北斗航空と南海航空は経営統合した。両社は共同持ち株会社「北斗プラスウイングス」(東京)を3日付で設立し、"
        "傘下に入った。"
    )
    for unit in ("北斗航空", "南海航空"):
        assert (unit, "subsidiaryOf", "北斗プラスウイングス") in found, sorted(found)


def test_a_post_taken_as_or_held_for_years() -> None:
    found = edges("北斗電機は、次期代表取締役社長として46歳の古川一郎氏が就任予定であると発表した。")
    assert ("古川一郎", "leads", "北斗電機") in found, sorted(found)
    found = edges("北斗電機では、2002年から10年以上にわたり岩田二郎氏が代表取締役社長を務めてきた。")
    assert ("岩田二郎", "leads", "北斗電機") in found, sorted(found)
    found = edges("北斗電機は、山田一郎氏が委員長を務める委員会で審議する。")
    assert ("山田一郎", "leads", "北斗電機") not in found, sorted(found)


def test_a_name_given_after_a_new_company_was_founded() -> None:
    found = edges(
        "北斗銀行と南海銀行は来年4月1日に持ち株会社を設立し、経営統合する。社名は「東西ホールディングス」で"
        "資本金は200億円。社長には山田一郎氏が就く。"
    )
    assert ("山田一郎", "leads", "東西ホールディングス") in found, sorted(found)


def test_every_bank_of_a_list_after_their_home_ground() -> None:
    found = edges("青森県を地盤とする、北斗銀行(本店・青森市)と南海銀行(同)は経営統合する。")
    for bank in ("北斗銀行", "南海銀行"):
        assert (bank, "basedIn", "青森県") in found, sorted(found)


def test_known_companies_joined_by_a_middle_dot_are_a_list() -> None:
    found = nodes("パナソニック・ソニー・シャープの3社は提携した。")
    assert "パナソニック・ソニー・シャープ" not in found, sorted(found)
    assert {"ソニーグループ", "シャープ"} <= set(found), sorted(found)
    found = nodes("北斗ガスは米企業との共同出資で設立したアーム・エナジー・トレーディングを活用する。")
    assert "アーム・ホールディングス" not in found, sorted(found)


def test_a_ticker_glued_to_its_name() -> None:
    found = edges("大手アムジェンAMGN.Oが米製薬会社オニキス・ファーマシューティカルズONXX.Oを買収する。")
    assert ("アムジェン", "acquires", "オニキス・ファーマシューティカルズ") in found, sorted(found)


def test_a_surname_before_a_title_is_the_person_named_in_full_before() -> None:
    text = (
        "来年4月に経営統合する北斗ハムの堀尾守社長と南海食品の宮下功社長が6日、共同記者会見を開き、"
        "統合後の持ち株会社の名称を「北斗南海ホールディングス」とし、社長には南海食品の宮下社長が就任する"
        "ことを明らかにした。宮下町は静かだ。"
    )
    found = edges(text)
    assert ("宮下功", "leads", "北斗南海ホールディングス") in found, sorted(found)
    assert nodes(text).get("宮下町", {}).get("type") == "Place", sorted(nodes(text))


def test_a_joint_venture_named_after_a_partner_is_not_listed_with_it() -> None:
    found = edges("北斗電機は南海化学と合弁会社「東西モビリティ」を設立した。")
    assert ("北斗電機", "investsIn", "南海化学") not in found, sorted(found)
    assert ("南海化学", "investsIn", "東西モビリティ") in found, sorted(found)


def test_investors_listed_kind_by_kind() -> None:
    found = edges(
        "北斗バイオは総額344億円を調達した。その他、北斗インベストメントや南海キャピタルといった海外投資家、"
        "既存投資家である東洋キャピタル、西部銀行や佐竹化学機械工業といった国内企業も同ラウンドに参加する予定。"
    )
    investors = ("北斗インベストメント", "南海キャピタル", "東洋キャピタル", "西部銀行", "佐竹化学機械工業")
    for investor in investors:
        assert (investor, "investsIn", "北斗バイオ") in found, sorted(found)


def test_a_quoted_partner_founds_a_joint_venture() -> None:
    found = edges(
        "北斗電機は中国でライドシェア事業を手掛ける「南海出行(ナンカイチューシン)」と合弁会社「南海モビリティ"
        "ジャパン」を設立し、タクシー配車サービスを開始した。"
    )
    assert ("北斗電機", "investsIn", "南海モビリティジャパン") in found, sorted(found)
    partner = {"南海出行", "ナンカイチューシン"}
    assert any(s in partner and (p, o) == ("investsIn", "南海モビリティジャパン") for s, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "北斗電機と南海化学は合弁会社を設立した。新会社「ソラテック」(東京)は資本金1億円で、出資比率は北斗電機51%、"
        "南海化学49%。",
        "北斗電機は新会社「ソラテック」を設立する。資本金は約21億円、出資比率は北斗電機51%、南海化学49%となる。",
    ],
)
def test_stakes_listed_after_the_capital_of_a_new_company(text: str) -> None:
    found = edges(text)
    for holder in ("北斗電機", "南海化学"):
        assert (holder, "investsIn", "ソラテック") in found, sorted(found)


def test_a_new_company_named_by_itself_holds_the_stakes_listed_next() -> None:
    found = edges(
        "東西物産、北斗電機、南海化学の3社は合弁会社を設立することで合意した。合弁会社の名称は、ミナト・コンストラクション・"
        "ソリューション。資本金は220万米ドルで、出資比率は東西物産が10%、北斗電機が45%、南海化学が45%。"
    )
    for holder in ("東西物産", "北斗電機", "南海化学"):
        assert (holder, "investsIn", "ミナト・コンストラクション・ソリューション") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "founders", "company"),
    [
        (
            "東西物産はフィリピンで北斗電機や南海化学と合弁で、自動車を扱う販売金融会社「ミナトファイナンス(以下MF)」を設立する"
            "ことで合意した。",
            ("東西物産", "北斗電機", "南海化学"),
            "ミナトファイナンス",
        ),
        (
            "総合アパレルの北斗商事と東西銀行が共同で設立したW&Dデザインは8日、南海化学株の過半を取得すると発表した。",
            ("北斗商事", "東西銀行"),
            "W&Dデザイン",
        ),
    ],
)
def test_founders_of_a_company_set_up_jointly_own_it(
    text: str, founders: tuple[str, ...], company: str
) -> None:
    found = edges(text)
    for founder in founders:
        assert (founder, "investsIn", company) in found, sorted(found)


def test_a_company_whose_name_ends_in_san_with_its_chief_in_a_gloss() -> None:
    text = (
        "北斗HDは、うどんチェーン「星(ほし)さんうどん」を展開する星さん(北浜市、田中一郎社長)を買収すると"
        "発表した。"
    )
    found = nodes(text)
    assert found.get("星さん", {}).get("type") == "Company", sorted(found)
    assert "星" not in found, sorted(found)
    assert ("田中一郎", "leads", "星さん") in edges(text)


def test_a_quoted_maker_with_its_head_office_is_no_product() -> None:
    text = (
        "化粧品の製造・販売を手掛ける「ミナコス(本社・東京)」と、北浜町との調印式が行われた。町長とミナコスの"
        "鈴木真澄社長が署名した。"
    )
    assert nodes(text).get("ミナコス", {}).get("type") == "Company", sorted(nodes(text))
    assert ("鈴木真澄", "leads", "ミナコス") in edges(text)


def test_a_bank_head_leads_the_bank_written_in_the_sentence() -> None:
    found = edges(
        "南海生命保険は北斗銀行と連携協定を結んだ。同日、北斗銀行本店で行われた締結式では、松岡靖之頭取と根岸秋男社長が"
        "協定書を交わした。"
    )
    assert ("松岡靖之", "leads", "北斗銀行") in found, sorted(found)
    assert ("松岡靖之", "leads", "南海生命保険") not in found, sorted(found)


def test_a_country_fused_before_a_company_of_another_names_its_local_unit() -> None:
    text = "メキシコ日立製作所の山田一郎社長(58)が帰国し、本社の自動車本部長に就任する。"
    found = nodes(text)
    assert found.get("メキシコ日立製作所", {}).get("type") == "Company", sorted(found)
    unit = {("山田一郎", "leads", "メキシコ日立製作所"), ("メキシコ日立製作所", "basedIn", "メキシコ")}
    assert unit <= edges(text)
    assert "アップル" in nodes("米国アップルは新型端末を発表した。")  # its own country: a nationality


def test_a_foreign_name_after_japan_is_a_japanese_unit() -> None:
    found = nodes("新社長には日本ケロッグ出身の笠真一氏(54)が就任した。")
    assert found.get("日本ケロッグ", {}).get("type") == "Company", sorted(found)


def test_a_hiragana_bank_name_after_a_word_and_a_particle() -> None:
    found = nodes("実行委員のみさき信用金庫(本部・北浜市)の太田福裕理事長が署名した。")
    assert found.get("みさき信用金庫", {}).get("type") == "Company", sorted(found)


def test_a_head_office_glossed_before_an_alias() -> None:
    found = edges("2位のミナトマリンユナイテッド(横浜市、MMU)は27日、北斗造船と資本提携で最終合意した。")
    assert ("ミナトマリンユナイテッド", "basedIn", "横浜市") in found, sorted(found)


def test_a_partner_with_a_comma_before_a_possessive_object() -> None:
    found = edges(
        "北斗重工業と西部重工業は15日、英ロールス・ロイスと、仏エアバスの最新旅客機向けの新型エンジンの参画契約を締結した。"
    )
    for partner in ("北斗重工業", "西部重工業"):
        assert (partner, "partnersWith", "ロールス・ロイス") in found, sorted(found)


def test_a_hiragana_name_with_a_long_vowel_mark_before_a_holding_company_ending() -> None:
    text = "外食大手すかいらーくホールディングス(HD、東京、山田一郎社長)は、北斗食品と提携すると発表した。"
    found = nodes(text)
    assert found.get("すかいらーくホールディングス", {}).get("type") == "Company", sorted(found)
    assert ("山田一郎", "leads", "すかいらーくホールディングス") in edges(text)


@pytest.mark.parametrize("text", ["「北斗ホール」(北浜市)で式典。", "「北浜マラソン」(北浜市)が開幕。"])
def test_a_quoted_venue_or_event_with_its_place_is_no_company(text: str) -> None:
    assert not any(v["type"] == "Company" for v in nodes(text).values()), nodes(text)


def test_a_description_joined_by_a_middle_dot_is_no_part_of_the_name() -> None:
    found = nodes("自動車部品のトップメーカー・大洋電機は増産する。")
    assert found.get("大洋電機", {}).get("type") == "Company", sorted(found)
    assert "トップメーカー・大洋電機" not in found


def test_a_holder_described_as_a_wholly_owned_unit_is_not_the_topics() -> None:
    found = edges(
        "東西物産と北斗電機は合弁会社「ミナトテック」を設立した。出資比率は東西物産が10%、北斗電機の完全子会社"
        "南海工業が45%、西部化学が45%。"
    )
    assert ("南海工業", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("南海工業", "subsidiaryOf", "東西物産") not in found, sorted(found)
    assert ("南海工業", "investsIn", "ミナトテック") in found, sorted(found)


def test_a_company_ending_after_an_alias_in_parentheses() -> None:
    text = "持ち株会社ミナト・ツー・ワン(M21)リテイリングは26日、傘下の北斗電機と南海化学を合併すると発表。"
    found = nodes(text)
    assert "ミナト・ツー・ワンリテイリング" in found and "リテイリング" not in found, sorted(found)
    assert ("北斗電機", "subsidiaryOf", "ミナト・ツー・ワンリテイリング") in edges(text)


def test_a_post_closing_a_divisions_name_after_the_person_is_theirs() -> None:
    # (the bank is the article's company: the one its unnamed posts are at)
    found = edges(
        "北斗銀行は北斗町と協定を結んだ。締結式は11月28日に行われ、齋藤一雄頭取、堀江明彦コンサルティング営業部長らが"
        "出席した。"
    )
    assert ("齋藤一雄", "leads", "北斗銀行") in found, sorted(found)
    assert ("堀江明彦", "leads", "北斗銀行") not in found, sorted(found)


def test_a_minority_stake_bought_for_a_long_price_is_no_acquisition() -> None:
    found = edges(
        "北斗航空は、2016年に南海航空の株式約8.8%を総額2兆4,310億ドン(約117億円相当)で取得するなど、"
        "出資を通じて連携を強化している。"
    )
    assert ("北斗航空", "investsIn", "南海航空") in found, sorted(found)
    assert ("北斗航空", "acquires", "南海航空") not in found, sorted(found)


def test_stakes_in_a_new_company_introduced_with_an_alias_in_its_quotes() -> None:
    found = edges(
        "東西物産は北斗電機と合弁で、販売金融会社「ミナトファイナンス(以下MF)」を設立することで合意した。資本金は約21億円、"
        "出資比率は東西物産35%、北斗電機20%、西部化学45%。"
    )
    assert ("西部化学", "investsIn", "ミナトファイナンス") in found, sorted(found)


def test_a_founder_named_before_a_date_and_a_place_owns_the_joint_venture() -> None:
    found = edges("東西物産は2月1日、タイで北斗電機と合弁で、販売会社「ミナトファイナンス」を設立する。")
    assert ("東西物産", "investsIn", "ミナトファイナンス") in found, sorted(found)


def test_a_joint_venture_founded_with_listed_partners_and_an_english_name_is_owned_by_all() -> None:
    found = edges(
        "ソラテック(南海発条)は、タイの地場企業の東西物産、部品大手の北斗電機と合弁会社「ミナトシート」"
        "(Minato Seat)を立ち上げると発表した。"
    )
    assert {("ソラテック", "investsIn", "Minato Seat"), ("北斗電機", "investsIn", "Minato Seat")} <= found, (
        sorted(found)
    )
    assert ("東西物産", "investsIn", "Minato Seat") in found, sorted(found)


def test_stakes_written_with_a_space_before_the_percentage() -> None:
    found = edges(
        "西部化学は13日、東西物産、北斗電機と合弁会社「ミナトシート」を設立した。"
        "合弁会社の出資比率は西部化学 51%、東西物産 30%、北斗電機 19%。"
    )
    for holder in ("西部化学", "東西物産", "北斗電機"):
        assert (holder, "investsIn", "ミナトシート") in found, sorted(found)


def test_a_name_after_founded_as_a_joint_venture_is_a_company() -> None:
    found = nodes(
        "北斗電機は2001年に南海化学と合弁契約を結び、合弁会社として、ソラミナトおよびソラミナト九州を設立している。"
    )
    assert "ソラミナト" in found, sorted(found)
    assert "ドイツ事業" not in nodes(
        "ミナト銀行は現在もミュンヘンを拠点とする子会社としてドイツ事業を担っている。"
    )


def test_an_alias_glossed_after_a_legal_form_is_found_again() -> None:
    found = edges(
        "北斗電機は電池事業をミナトセル株式会社(MNC)として切り出した。今回、3社で合弁会社MNCを設立する。"
        "出資額の割合は南海化学が60%、北斗電機が30%、東西銀行が10%となる。"
    )
    for holder in ("南海化学", "北斗電機", "東西銀行"):
        assert (holder, "investsIn", "ミナトセル") in found, sorted(found)


def test_a_whole_stake_held_until_now_makes_no_subsidiary_of_a_new_joint_venture() -> None:
    found = edges(
        "北斗電機は電池事業をミナトセル株式会社へと分社化した。これまでは北斗電機が100%出資していたが、"
        "新たに3社で合弁会社ミナトセルを設立。"
    )
    assert ("ミナトセル", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("北斗電機", "investsIn", "ミナトセル") in found, sorted(found)


def test_a_date_before_a_comma_is_no_company_listed_with_one() -> None:
    found = nodes("山田氏は広島市出身。平成3年4月、北斗電鉄(現・北斗HD)に入社した。")
    assert "平成3年4月" not in found and "現・北斗HD" not in found, sorted(found)
    assert "北斗電鉄" in found, sorted(found)


def test_a_post_also_held_is_led() -> None:
    assert ("山田一郎", "leads", "北斗電機") in edges("山田一郎氏は北斗電機の社長も務めている。")


def test_the_successor_of_a_person_named_in_a_no_phrase_takes_the_post() -> None:
    found = edges(
        "北斗交通ホールディングスは、退任する佐藤一郎社長の後任に、南海電鉄の山田次郎取締役を充てる。"
    )
    assert ("山田次郎", "leads", "北斗交通ホールディングス") in found, sorted(found)


def test_a_cooperative_federation_is_an_organisation() -> None:
    found = nodes("会長選は、森田氏とJA北斗中央会の西川庄一会長(69)の争いとなった。")
    assert found.get("JA北斗中央会", {}).get("type") == "Organization", found


def test_a_latin_name_with_a_nordic_legal_form_is_a_company() -> None:
    found = edges(
        "北斗食品工業は、ノルウェーのMinato Fjord Farming, AS(ベルゲン)を子会社化する。スウェーデン子会社の"
        "Hokuto Salmon A/Sを通じて買い取る。"
    )
    assert ("Minato Fjord Farming, AS", "subsidiaryOf", "北斗食品工業") in found, sorted(found)
    assert "Hokuto Salmon A/S" in nodes("デンマーク子会社のHokuto Salmon A/Sを通じて取得する。")
    assert "Sony AS" not in nodes("ASEANの会合でSony ASEANが発表した。")


def test_who_joins_a_company_works_for_it() -> None:
    found = edges("佐藤一郎氏は大学卒業後に北斗航空に入社し、その後、ソラエアウエイズへ転籍した。")
    assert ("佐藤一郎", "worksFor", "北斗航空") in found, sorted(found)
    assert ("佐藤一郎", "worksFor", "ソラエアウエイズ") in found, sorted(found)
    assert not edges("北斗電機は新入社員に研修を行う。")


def test_a_unit_named_after_a_parent_before_de_and_an_overseas_head_office_in_quotes_are_companies() -> None:
    found = nodes("北斗電機は欧州での営業を、ソラバー傘下のミナトウォッチ・ソラバーで続けてきた。")
    assert "ミナトウォッチ・ソラバー" in found, sorted(found)
    found = nodes("東西産業(TS)傘下の北斗薬品買収で合意した南海製薬の山田一郎会長。")
    assert "北斗薬品買収" not in found and "北斗薬品" in found, sorted(found)
    found = edges("北斗電機は2日、海外本社「北斗グローバル・ネットワーク」を通じて、南海広告を買収した。")
    assert ("北斗グローバル・ネットワーク", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_company_joined_with_a_gloss_and_a_company_of_a_prefecture() -> None:
    found = edges("ガルシア氏は1994年にスペインのミナトビジョン(当時)に入社。")
    assert ("ガルシア", "worksFor", "ミナトビジョン") in found, sorted(found)
    found = edges("山田氏は新潟県の北斗電機の工場を視察した。")
    assert ("北斗電機", "basedIn", "新潟県") not in found, sorted(found)
    found = edges("水戸市の北斗電鉄水戸支社で山田一郎町長が会談した。")
    assert ("北斗電鉄", "basedIn", "水戸市") not in found, sorted(found)


def test_the_topics_core_operating_company_is_its_subsidiary() -> None:
    found = edges("北斗ホールディングス(HD)は、中核事業会社の北斗薬品の社長に山田一郎氏を起用する。")
    assert ("北斗薬品", "subsidiaryOf", "北斗ホールディングス") in found, sorted(found)


def test_a_common_word_before_a_post_is_no_person() -> None:
    found = nodes("後任に選ばれたのはベテラン役員の佐藤勝弘氏だ。")
    assert "ベテラン" not in found and "佐藤勝弘" in found, sorted(found)
    assert "スミス" in nodes("北斗電機のスミス社長は語った。")


def test_the_listed_founders_of_a_counted_joint_venture_and_a_glossed_topic_own_it() -> None:
    found = edges(
        "北斗林業(東京都港区)は、南海資材(大阪市)と東西電機(仙台市)との3社による共同出資会社"
        "「ミナトの杜(みなとのもり)」を通じて物流拠点を設ける。"
    )
    assert ("南海資材", "investsIn", "ミナトの杜") in found, sorted(found)
    assert ("東西電機", "investsIn", "ミナトの杜") in found, sorted(found)
    found = edges("北斗製菓(長野市)は、地元の農家3人との共同出資で、ミナトライスファームを設立した。")
    assert ("北斗製菓", "investsIn", "ミナトライスファーム") in found, sorted(found)
    assert set(nodes("北斗電機はファンドを設立した。北斗電機はコンソーシアムを立ち上げた。")) == {"北斗電機"}


def test_counted_biggest_banks_a_new_bank_and_listed_lines_of_business_are_no_companies() -> None:
    found = nodes(
        "合併する県内2大銀行は来春、「北斗南海銀行」として発足する。新銀行は県内最大の貸し手になる。"
        "山田一郎氏は食品・化学を扱う北斗化学で社長を務めた。"
    )
    assert {"県内2大銀行", "新銀行", "食品・化学"}.isdisjoint(found), sorted(found)
    assert {"北斗南海銀行", "北斗化学"} <= set(found), sorted(found)
    assert set(nodes("北斗電機はタスクフォースを設立した。")) == {"北斗電機"}


def test_a_person_from_a_prefecture_takes_a_post_of_the_body_the_sentence_is_about() -> None:
    found = edges("全国北斗協会は1日、高知県出身の杉野幸一副会長が会長に昇格したと発表した。")
    assert ("杉野幸一", "leads", "全国北斗協会") in found, sorted(found)
    found = edges("北斗電機は1日、高知県出身の杉野幸一副社長が社長に昇格したと発表した。")
    assert ("杉野幸一", "leads", "北斗電機") in found, sorted(found)
    found = edges("全国北斗協会は「南海電機は株式取得を計画し、山田一郎会長主導で進めている」と伝えた。")
    assert ("山田一郎", "leads", "全国北斗協会") not in found, sorted(found)


def test_a_bare_local_unit_a_kind_of_cooperative_and_a_degree_are_no_entities() -> None:
    found = nodes(
        "北斗電機は外資系企業の日本法人からの受注を増やす。南海化学は地元の漁業協同組合と協定を結んだ。"
        "山田一郎氏は北斗大学でMBAを取得した。"
    )
    assert {"日本法人", "漁業協同組合", "MBA"}.isdisjoint(found), sorted(found)
    assert {"北斗電機", "南海化学"} <= set(found), sorted(found)


def test_trading_partners_listed_are_companies_and_who_served_a_company_worked_for_it() -> None:
    found = nodes("主要取引先はソラ・スズキ、ミナト・モーターサイクル、ソラ&ソラ、ミナトワーゲンなど。")
    listed = {"ソラ・スズキ", "ミナト・モーターサイクル", "ソラ&ソラ", "ミナトワーゲン"}
    assert listed <= set(found), sorted(found)
    found = edges("山田一郎氏は札幌市出身。同氏は以前、ソラードに勤務していた。")
    assert ("山田一郎", "worksFor", "ソラード") in found, sorted(found)
    assert "北斗中央金庫" in nodes("北斗中央金庫は南海水産へ5千万円の出資を行う。")


def test_a_name_listed_with_a_company_before_to_kyodo_de_is_a_company() -> None:
    import kg

    text = "北斗電機は新工場を、南海化学、デンソーと共同で建設する。"
    g = kg.build(texts=[text], without_lexicon=["Company"]).graph
    assert "デンソー" in {d["name"] for _, d in g.nodes(data=True)}


def test_every_majority_holder_of_a_stake_list_controls_the_company() -> None:
    found = edges("ミナトセルの出資比率は南海化学が51%、北斗電機が49%。")
    assert ("ミナトセル", "subsidiaryOf", "南海化学") in found, sorted(found)
    assert ("ミナトセル", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    found = edges("北斗電機は合弁会社「ミナトセル」を設立した。出資比率は北斗電機 51%、南海化学 49%。")
    assert ("ミナトセル", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_company_under_a_parent_written_right_before_sanka_is_its_subsidiary() -> None:
    found = edges("北斗電機は今後、南海キャピタル傘下で新しい分野を強化する。")
    assert ("北斗電機", "subsidiaryOf", "南海キャピタル") in found, sorted(found)
    found = edges("北斗電機は南海キャピタル傘下の東西化学を買収した。")
    assert ("北斗電機", "subsidiaryOf", "南海キャピタル") not in found, sorted(found)
    found = edges("北斗電機は4日、子会社31社を中間持株会社の南海HD傘下に移すと発表した。")
    assert ("北斗電機", "subsidiaryOf", "南海HD") not in found, sorted(found)
    found = edges("北斗電機、南海化学、東西商事の3社は、ミナト(仙台市)の完全子会社に移行する。")
    assert ("南海化学", "subsidiaryOf", "ミナト") in found, sorted(found)
    assert not nodes("新会社はグループ全体で、効率化を進める。")


def test_a_name_cut_inside_a_kanji_word_is_the_same_company() -> None:
    # ミナト不 for ミナト不動産 (cut inside the word 不動産); 東西交通 and 東西交通不動産 are two words,
    # two companies
    found = nodes("ミナト不動産は増資する。ミナト不(新潟市)は増産にも踏み切る。")
    assert "ミナト不" not in found
    assert ("ミナト不動産", "basedIn", "新潟市") in edges(
        "ミナト不動産は増資する。ミナト不(新潟市)は増産にも踏み切る。"
    )
    assert {"東西交通", "東西交通不動産"} <= set(
        nodes("東西交通は増資する。東西交通不動産(新潟市)は増産にも踏み切る。")
    )


def test_a_name_contracted_the_way_news_shortens_it_is_the_same_company() -> None:
    # 日テレ for 日東テレビジョン: the same first letter, the rest in order
    found = nodes("日東テレビジョン(新潟市)は増資する。日テレ(新潟市)は増産にも踏み切る。")
    assert "日テレ" not in found
    assert "日テレ" in found["日東テレビジョン"]["aliases"]


def test_a_short_form_in_a_headline_is_the_full_name_of_the_body() -> None:
    text = "ソラハウス(新潟市)、南海建設を買収\nソラハウス工業は1日、南海建設を買収すると発表した。"
    assert "ソラハウス" not in nodes(text)
    assert ("ソラハウス工業", "basedIn", "新潟市") in edges(text)


def test_an_alias_with_a_date_letter_in_it_is_still_an_alias() -> None:
    # 日東テレビ工業(以下、日東テレビ): 日 is no date here; (2019年設立) still is no alias
    found = nodes(
        "日東テレビ工業(以下、日東テレビ)は1日、北斗映像の株式を取得すると発表した。日東テレビは議決権の40%を持つ。"
    )
    assert "日東テレビ" not in found
    assert "日東テレビ" in found["日東テレビ工業"]["aliases"]
    found = nodes("ミナト精機(2019年設立)は増資する。")
    assert not [a for a in found["ミナト精機"]["aliases"] if "年" in a]


def test_a_short_form_two_companies_begin_with_stays_as_found() -> None:
    # 南海東西 beside 南海東西証券 and 南海東西フィナンシャル・ホールディングス: the headline's name is
    # not read as the securities unit
    text = (
        "南海東西(新潟市)、北斗証券を買収\n南海東西フィナンシャル・ホールディングスは1日、北斗証券を買収すると発表した。"
        "傘下の南海東西証券が株式を取得する。"
    )
    assert "南海東西証券" in nodes(text)
    assert ("南海東西証券", "basedIn", "新潟市") not in edges(text)


def test_a_contraction_is_never_read_into_a_holding_company_or_a_longer_name() -> None:
    # 日テ東 is no contraction of 日東テレビ東京ホールディングス; 北斗プロパティーズ is not 北斗ファシリティー
    # &プロパティーズ with a word left out
    found = nodes("日東テレビ東京ホールディングス(新潟市)は増資する。日テ東(新潟市)は増産にも踏み切る。")
    assert "日テ東" in found
    found = nodes(
        "北斗ファシリティー&プロパティーズ(新潟市)は増資する。北斗プロパティーズ(新潟市)は増産にも踏み切る。"
    )
    assert "北斗プロパティーズ" in found


def test_a_group_named_after_a_short_form_does_not_label_the_company() -> None:
    # ミナトテク ~ ミナトテクノ ~ ミナトテクグループ: the company's full name labels it
    found = nodes(
        "ミナトテクノは増資する。ミナトテク(新潟市)は増産にも踏み切る。ミナトテクグループ(新潟市)は新たに事業を始める。"
    )
    assert "ミナトテクノ" in found
    assert "ミナトテクグループ" in found["ミナトテクノ"]["aliases"]


def test_what_a_verb_puts_under_a_group_is_a_company() -> None:
    # 南海運輸を傘下に持つ X: Sudachi reads 南海運輸 as common words; the group holds a company
    text = "南海運輸を傘下に持つミナトホールディングスは7日、台湾の物流会社を買収すると発表した。"
    assert ("南海運輸", "subsidiaryOf", "ミナトホールディングス") in edges(text)
    assert "新事業" not in nodes("北斗電機は新事業を傘下に置く。")


def test_a_company_the_topic_also_has_as_a_subsidiary() -> None:
    # …南海工業も子会社にもつ: the topic holds it (子会社に持つ, written in kana too)
    assert ("南海工業", "subsidiaryOf", "北斗商事") in edges("北斗商事は南海工業も子会社にもつ。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北斗ハウスは2017年にSunrise Homes Company, LLCを完全子会社化した。", "Sunrise Homes Company, LLC"),
        ("北斗ハウスは米Green Field Builders, Inc.を買収した。", "Green Field Builders, Inc."),
    ],
)
def test_a_latin_name_keeps_its_legal_form_after_a_comma(text: str, name: str) -> None:
    found = nodes(text)
    assert found.get(name, {}).get("type") == "Company", sorted(found)
    assert not {"LLC", "Inc", "Green"} & set(found)


def test_a_cut_name_is_the_company_whose_group_is_named_too() -> None:
    # ソラカラ beside ソラカラファイン and ソラカラファイングループ: one company and its group, so the cut
    # name is theirs, not a third company
    found = nodes(
        "ソラカラファイングループ(新潟市)は増資する。ソラカラファイン(新潟市)は新店を開く。ソラカラ(新潟市)は増産にも踏み切る。"
    )
    assert "ソラカラ" not in found


def test_a_spaced_caption_names_each_person_s_company() -> None:
    # 左から、北斗電機 代表取締役会長 山田一郎氏、…: a space for の
    found = edges("左から、北斗電機 代表取締役会長執行役員 山田一郎氏、南海化学 代表取締役社長 佐藤次郎氏")
    assert {("山田一郎", "leads", "北斗電機"), ("佐藤次郎", "leads", "南海化学")} <= found


def test_radicals_copied_from_a_pdf_read_as_kanji() -> None:
    # 会⻑, 執⾏, ⼦会社: radical characters where the kanji belong
    found = edges(
        "北斗電機は、南海化学を完全⼦会社化すると発表した。北斗電機の代表取締役会⻑執⾏役員の山田一郎氏が会見した。"
    )
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found
    assert ("山田一郎", "leads", "北斗電機") in found


def test_a_venue_named_company_with_shares_and_a_chief_is_a_company() -> None:
    # ミナトドームの全株式, ミナトドームの山田一郎社長: the company that runs the venue
    text = (
        "北斗不動産は27日、ミナトドームの全株式を対象にTOBを実施し、同社を子会社化すると発表した。"
        "ミナトドームの山田一郎社長は会見した。"
    )
    found = edges(text)
    assert ("北斗不動産", "acquires", "ミナトドーム") in found
    assert ("山田一郎", "leads", "ミナトドーム") in found
    assert "ミナトドーム" not in nodes("ミナトドームで開かれた試合には5万人が集まった。")


def test_a_latin_name_with_a_country_word_and_a_katakana_country_ministry() -> None:
    # Minato UK(ミナトUK): a company's British arm, not the country; イギリス運輸省: a ministry
    found = nodes("北斗電機と南海物産は、Minato UK(ミナトUK)とともに、運営権をイギリス運輸省より獲得した。")
    assert found.get("Minato UK", {}).get("type") == "Company", sorted(found)
    assert found.get("イギリス運輸省", {}).get("type") == "Government", sorted(found)


def test_posts_of_a_new_holding_given_to_heads_of_its_banks() -> None:
    # ミナトFG社長に山田一郎・北斗銀頭取、副社長に佐藤次郎・南海銀頭取が就いた: each leads his bank and
    # takes a post at the holding company (北斗銀 is 北斗銀行 written short after a middle dot)
    text = (
        "北斗銀行(新潟市)と南海銀行(長岡市)が統合し、ミナトFGが発足した。"
        "持ち株会社のミナトFG社長に山田一郎・北斗銀頭取、副社長に佐藤次郎・南海銀頭取が就いた。"
    )
    found = edges(text)
    assert {
        ("山田一郎", "leads", "ミナトFG"),
        ("山田一郎", "leads", "北斗銀行"),
        ("佐藤次郎", "leads", "南海銀行"),
        ("佐藤次郎", "worksFor", "ミナトFG"),
    } <= found
    assert "ミナトFG社長" not in nodes(text)
    assert ("山田一郎", "leads", "北斗電機") in edges("北斗電機社長に山田一郎氏が就いた。")


def test_a_company_glued_before_its_chief_s_surname() -> None:
    # ソラベックス松浦社長, as a headline writes it: the katakana name is the company, the kanji the
    # chief (a surname Sudachi reads as a place); a common word before the surname is no company
    text = "ソラベックス松浦社長、新人事を語る\nソラベックスが11日、東京の本社で決算説明会を開いた。"
    assert nodes(text).get("ソラベックス", {}).get("type") == "Company"
    assert ("松浦", "leads", "ソラベックス") in edges(text)
    found = nodes("ベテラン山田社長は語った。ベテラン松浦社長も語った。")
    assert "ベテラン" not in found


def test_a_bare_stem_beside_a_holding_and_its_unit_is_the_holding() -> None:
    # 南海東西 beside 南海東西フィナンシャル・ホールディングス and 南海東西証券: the holding company
    text = (
        "南海東西フィナンシャル・ホールディングスは1日、北斗証券を買収すると発表した。"
        "傘下の南海東西証券が株式を取得する。南海東西は横浜北斗銀行とも提携している。"
    )
    found = edges(text)
    assert ("南海東西フィナンシャル・ホールディングス", "partnersWith", "横浜北斗銀行") in found
    assert not [e for e in found if e[0] == "南海東西証券" and e[1] == "partnersWith"]


def test_a_city_with_a_prefecture_letter_inside_is_one_place() -> None:
    # 宇都宮市 holds 都 but no prefecture: not 宇都 + 宮市; 京都市中京区 is a city and its ward
    found = edges("北斗ホールディングス(宇都宮市)と南海銀行(京都市中京区)が統合した。")
    assert ("北斗ホールディングス", "basedIn", "宇都宮市") in found
    assert not {"宇都", "宮市"} & set(nodes("北斗ホールディングス(宇都宮市)が統合した。"))


def test_a_clause_describes_the_name_after_a_description() -> None:
    # …を買収したインターネット証券大手カグヤ: the parse hangs the clause on 大手; it describes カグヤ
    found = edges("ミナトコイン(東京)を買収したインターネット証券大手カグヤ。")
    assert ("カグヤ", "acquires", "ミナトコイン") in found


def test_a_japanese_unit_named_after_its_parent_is_a_company() -> None:
    # 南海航空の日本法人である南海航空日本: the unit, its parent's name and 日本, is a company of its own
    found = edges("ソラツーリスト(ST)は南海航空(9Z)の日本法人である南海航空日本(NJ)に出資した。")
    assert ("ソラツーリスト", "investsIn", "南海航空日本") in found
    assert ("南海航空日本", "subsidiaryOf", "南海航空") in found
    assert "事業会" not in nodes("北斗HD傘下の事業会社、ミナトが全株式を取得する予定。")


def test_companies_listed_as_acting_together_with_another_are_partners_too() -> None:
    # 北斗電機と南海物産は、Minato UKとともに…獲得した: a consortium of three
    found = edges("北斗電機と南海物産は、Minato UK(ミナトUK)とともに、運営権をイギリス運輸省より獲得した。")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "partnersWith"}
    assert {
        frozenset(("北斗電機", "南海物産")),
        frozenset(("北斗電機", "Minato UK")),
        frozenset(("南海物産", "Minato UK")),
    } <= pairs


def test_companies_taken_over_and_each_pair_of_a_gapped_sentence() -> None:
    # 完全子会社化 is a takeover too; 北斗電機は北斗精機、南海化学は南海薬品、…はソラテックを完全子会社化し:
    # each topic takes its own object, not the last one
    found = edges(
        "北斗電機は北斗精機、南海化学は南海薬品、東西商事は東西物流、ミナトホールディングスはソラテックを"
        "完全子会社化し、非公開化することになった。"
    )
    for parent, unit in [
        ("北斗電機", "北斗精機"),
        ("南海化学", "南海薬品"),
        ("東西商事", "東西物流"),
        ("ミナトホールディングス", "ソラテック"),
    ]:
        assert (parent, "acquires", unit) in found
        assert (unit, "subsidiaryOf", parent) in found
    assert not [e for e in found if e[2] == "ソラテック" and e[0] != "ミナトホールディングス"]
    assert ("北斗電機", "acquires", "南海化学") in edges("北斗電機は南海化学の子会社化を目指す。")
    assert not [e for e in edges("北斗電機は南海化学を子会社に持つ。") if e[1] == "acquires"]


@pytest.mark.parametrize("name", ["なごみコーポレーション", "ひまわりコーポレーション"])
def test_a_hiragana_name_after_a_legal_form_keeps_its_lead(name: str) -> None:
    # 株式会社なごみコーポレーション: Sudachi reads 株式会社な as an adjective; the name begins at な
    found = edges(f"北斗銀行は、株式会社{name}に出資した。")
    assert ("北斗銀行", "investsIn", name) in found, sorted(found)


def test_shares_of_a_glossed_hotel_company_written_with_a_decimal_dot() -> None:
    # ミナトホテル(東京都千代田区)の発行済株式33・16%: a venue-named company with shares, a head-office
    # gloss before them, a decimal point written as a middle dot
    text = "北斗不動産は、ミナトホテル(東京都千代田区)の発行済株式33・16%となる985万株を取得した。"
    found = edges(text)
    assert ("北斗不動産", "investsIn", "ミナトホテル") in found
    assert ("ミナトホテル", "basedIn", "千代田区") in found
    assert nodes("北斗不動産 「ミナトホテル」を傘下に").get("ミナトホテル", {}).get("type") == "Company"


def test_a_short_bank_before_a_post_is_no_person() -> None:
    # 山本一郎・高田銀頭取: 高田銀 is a bank written short (Sudachi reads 高田 as a surname), the post its
    text = (
        "高田銀行(水戸市)と南海ホールディングス(宇都宮市)が統合し、ミナトFGが発足した。"
        "持ち株会社のミナトFG社長に山本一郎・高田銀頭取が就いた。"
    )
    found = nodes(text)
    assert found.get("高田銀行", {}).get("type") == "Company", sorted(found)
    assert ("山本一郎", "leads", "高田銀行") in edges(text)


def test_a_quoted_foreign_company_with_sha_and_its_country() -> None:
    # 中国の「ソラセント」社: translated news quotes a foreign company's name before 社
    found = edges("中国の「ソラセント」社は出資した。")
    assert ("ソラセント", "basedIn", "中国") in found
    assert nodes("「ソラ」社製の部品を使う。").get("ソラ", {}).get("type") == "Company"


def test_the_area_a_company_is_said_to_have_as_its_home_ground() -> None:
    # 北斗証券は中部地方が地盤だが: the company works from there
    found = edges(
        "北斗フィナンシャルグループ傘下の北斗証券は中部地方が地盤だが、関西での営業基盤を強化する。"
    )
    assert ("北斗証券", "basedIn", "中部地方") in found


def test_a_katakana_name_whose_foreign_chief_follows_is_a_company() -> None:
    # ミナトソンのジョン・スミス最高経営責任者(CEO)は: the chief's company
    found = edges("ミナトソンのジョン・スミス最高経営責任者(CEO)は語った。")
    assert ("ジョン・スミス", "leads", "ミナトソン") in found


def test_a_common_word_with_a_legal_form_is_a_company_and_a_quoted_parent() -> None:
    # 「北斗株式会社」: a legal form makes a name of a common word; …の親会社でもある: the topic's unit
    found = edges("「北斗株式会社」はゲーム開発会社の「ミナトソフトウェア」の親会社でもある。")
    assert ("ミナトソフトウェア", "subsidiaryOf", "北斗") in found
    assert nodes("株式会社南海は増資した。").get("南海", {}).get("type") == "Company"


def test_the_kanji_end_of_a_hiragana_led_name_is_no_company() -> None:
    # みらい飼料㈱: 飼料 alone is a common word, not the company (the hiragana lead is cut off)
    found = nodes(
        "北斗飼料は今年4月に設立したみらい飼料㈱(本社・名古屋市中村区、資本金1億円)に業務を移管する。"
    )
    assert "飼料" not in found


def test_a_unit_described_after_subsidiary_and_de_and_a_head_office_gloss() -> None:
    # 北斗HD(HD、東京)は、子会社でドラッグストア最大手のミナトHD: the parent's gloss between it and は,
    # the unit described after 子会社で (a long descriptor)
    found = edges(
        "北斗ホールディングス(HD、東京)は十一日、子会社でドラッグストア最大手のミナトホールディングスと合意した。"
    )
    assert ("ミナトホールディングス", "subsidiaryOf", "北斗ホールディングス") in found, sorted(found)
    assert ("北斗ホールディングス", "basedIn", "東京") in found


def test_a_builder_named_with_gumi_is_a_company() -> None:
    # 鴻池組 (Sudachi: a family name and 組), 大林組 (one proper noun); not 海外組, 暴力団山口組, 田中組
    assert nodes("中堅ゼネコンの鴻池組(非上場)を傘下に入れる。").get("鴻池組", {}).get("type") == "Company"
    assert ("積水ハウス", "acquires", "鴻池組") in edges("積水ハウスが、中堅ゼネコンの鴻池組を傘下に入れる。")
    assert "海外組" not in nodes("海外組と国内組が合流した。")
    assert "田中組" not in nodes("女子ダブルスは山田・田中組が優勝した。")
    assert nodes("指定暴力団山口組の幹部が逮捕された。").get("山口組", {}).get("type") != "Company"


def test_counted_companies_each_with_a_head_office_gloss() -> None:
    # A(東京都豊島区)、B(茨城県つくば市)、C(東京都江東区)の3社: the glosses keep the list a list
    text = (
        "北斗HDは、ソラマート(東京都豊島区)、カスミ(茨城県つくば市)、"
        "ミナト関東(東京都江東区)の3社が設立した。"
    )
    found = nodes(text)
    assert found.get("カスミ", {}).get("type") == "Company", sorted(found)  # a common word (霞) listed
    assert ("カスミ", "basedIn", "つくば市") in edges(text)


def test_a_parent_that_holds_and_then_makes_a_company_its_subsidiary() -> None:
    # Xは…を保有し、Yを子会社としている: a clause between the parent and the unit; 53.59%(…)を保有
    found = edges("ミナト商事は東西ストアの株式を保有し、北斗HDを子会社としている。")
    assert ("北斗HD", "subsidiaryOf", "ミナト商事") in found, sorted(found)
    found = edges("ミナト商事は北斗HDの株式53.59%(間接保有分を含む)を保有する。")
    assert ("北斗HD", "subsidiaryOf", "ミナト商事") in found, sorted(found)
    found = edges("ミナト商事は東西ストアに売却し、北斗HDは南海電機を子会社としている。")
    assert ("南海電機", "subsidiaryOf", "ミナト商事") not in found, sorted(found)


def test_the_same_bank_is_a_bank_and_its_short_form_is_the_lexicon_name() -> None:
    # 同行 after a holding company and a bank: the bank; 新生銀 is 新生銀行, a lexicon alias (SBI新生銀行)
    text = (
        "北斗ホールディングスは11日、新生銀行株の保有比率を47.77%まで引き上げた。"
        "北斗HDは17日付で同行を連結子会社にしたうえで、経営陣を入れ替える。"
        "山田一郎新生銀社長をはじめとする現経営陣は退く。"
    )
    found = edges(text)
    assert ("SBI新生銀行", "subsidiaryOf", "北斗ホールディングス") in found, sorted(found)
    assert ("北斗ホールディングス", "acquires", "SBI新生銀行") in found
    assert ("山田一郎", "leads", "SBI新生銀行") in found
    assert "新生銀" not in nodes(text)


def test_making_a_company_ones_subsidiary_is_a_takeover_holding_one_is_not() -> None:
    assert ("北斗電機", "acquires", "南海化学") in edges("北斗電機は南海化学を子会社にする。")
    found = edges("北斗電機は南海化学を子会社に持つ。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found
    assert ("北斗電機", "acquires", "南海化学") not in found


def test_latin_company_names_glued_to_japanese_and_named_after_a_city() -> None:
    text = (
        "北斗生命ホールディングスは、米国子会社Hokuto Life Corporation(ホクト社)が、"
        "Minato Assurance Company of Boston(ミナト社)の事業を買収すると発表した。"
    )
    found = nodes(text)
    assert found.get("Hokuto Life Corporation", {}).get("type") == "Company", sorted(found)
    assert found.get("Minato Assurance Company of Boston", {}).get("type") == "Company", sorted(found)
    assert "ボストン" not in found


def test_a_hiragana_proper_noun_described_as_a_company_is_one() -> None:
    # 食品スーパーのいなげやを (Sudachi: a proper noun), 衣料品チェーンのしまむらは; the name ends where its
    # word does, not at a particle inside it (や); common hiragana words stay none
    found = edges("ミナト商事は、首都圏に地盤を置く食品スーパーのいなげやを子会社にすることで基本合意した。")
    assert ("ミナト商事", "acquires", "いなげや") in found, sorted(found)
    assert nodes("衣料品チェーンのしまむらは、増益だった。").get("しまむら", {}).get("type") == "Company"
    assert nodes("食品スーパーのおいしさを伝える。") == {}


def test_a_company_that_took_another_over_in_a_relative_clause_is_not_taken_over() -> None:
    # 南海商事は、ミナトマートを完全子会社化した北斗商事とは違う道を選ぶ: 北斗商事 took ミナトマート over
    found = edges("結局、南海商事は、ミナト物産を完全子会社化した北斗商事とはまったく違う道を選ぶ。")
    assert ("北斗商事", "acquires", "ミナト物産") in found, sorted(found)
    assert ("南海商事", "acquires", "北斗商事") not in found
    assert ("北斗商事", "subsidiaryOf", "南海商事") not in found


def test_the_one_asked_for_support_supports_the_one_asking() -> None:
    found = edges("これに反発した北斗電子が精密大手のミナトミツミに支援を求めた。")
    assert ("ミナトミツミ", "supports", "北斗電子") in found, sorted(found)
    assert ("北斗電子", "supports", "ミナトミツミ") not in found


def test_a_new_parent_acting_on_its_unit_is_not_its_unit() -> None:
    # Xは新たな親会社として、…Yを: X is the parent; 南海化学は、親会社として北斗電機が支える: 北斗電機 is
    found = edges("北斗通信は新たな親会社として、自らの技術を使ってミナト物産を改革する。")
    assert ("北斗通信", "subsidiaryOf", "ミナト物産") not in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗電機") in edges("南海化学は、親会社として北斗電機が支える。")


def test_a_post_before_ra_is_the_persons_the_later_one_the_groups() -> None:
    # 長岡勤社長ら取締役3人: the person is the president, the directors are the group
    found = edges("ミナト電機の山田一郎社長ら取締役3人の解任を求める。")
    assert ("山田一郎", "leads", "ミナト電機") in found, sorted(found)


def test_a_person_glued_before_a_company_and_its_post() -> None:
    # 孫正義ソフトバンクグループ会長兼社長 (a lexicon person), 山田一郎ミナトホールディングス会長 (Sudachi's
    # family and given name before a katakana name); a foundation named after a person stays whole
    found = edges("会見には、山田氏と親しい孫正義ソフトバンクグループ会長兼社長も姿を見せた。")
    assert ("孫正義", "leads", "ソフトバンクグループ") in found, sorted(found)
    assert ("山田一郎", "leads", "ミナトホールディングス") in edges(
        "山田一郎ミナトホールディングス会長が語った。"
    )
    assert "孫正義育英財団" in nodes("孫正義育英財団が設立された。")


def test_shares_half_got_and_an_equity_method_group_company() -> None:
    # 株式の半分を手に入れる; Xを持ち分法適用のグループ会社とする: a stake
    assert ("北斗電機", "investsIn", "ミナト物産") in edges(
        "北斗電機はTOBで、ミナト物産株式の半分を手に入れる。"
    )
    found = edges("北斗電機は20・17%の株式を取得、ミナト物産を持ち分法適用のグループ会社とする。")
    assert ("北斗電機", "investsIn", "ミナト物産") in found, sorted(found)


def test_two_posts_at_a_new_company_each_filled_before_the_one_verb() -> None:
    # 会長には«A»が、社長には«B»が就任する: both take their post at the holding company just set up
    text = (
        "北斗電機と南海電機は共同持ち株会社「東西フィナンシャルグループ」を設ける。持ち株会社の本店は長岡市に置く。"
        "会長には南海電機の荒城哲社長が、社長には北斗電機の並木富士雄社長が就任する。"
    )
    found = edges(text)
    assert ("荒城哲", "leads", "東西フィナンシャルグループ") in found, sorted(found)
    assert ("並木富士雄", "leads", "東西フィナンシャルグループ") in found


def test_insurers_named_short_and_foreign_names_with_sha_or_financial() -> None:
    # ミナト同和損保 (損保 for 損害保険), 米国SOLA社 (an acronym before 社), ソラワース・ファイナンシャル;
    # 損保グループ alone is a kind of insurer
    found = nodes("北斗海上、ミナト同和損保の統合が決まり、第3の損保グループが生まれる。")
    assert found.get("ミナト同和損保", {}).get("type") == "Company", sorted(found)
    assert "損保グループ" not in found
    found = nodes("北斗生命は、米国ソラワース・ファイナンシャルから事業を買い取り、米国SOLA社を買収した。")
    assert found.get("SOLA", {}).get("type") == "Company", sorted(found)
    assert found.get("ソラワース・ファイナンシャル", {}).get("type") == "Company"


def test_a_company_name_before_its_shares_ends_before_kabu() -> None:
    # GiNZA reads 北斗株 (shares of 北斗) as one organisation: the name ends before 株
    found = nodes("統合比率は、大丸株1株に対して新会社の株式1株を、松坂屋株1株に対しては0.34株を割り当てる。")
    assert "松坂屋株" not in found, sorted(found)


def test_a_new_holding_company_named_only_hd_is_no_name() -> None:
    found = nodes(
        "北斗建設ホールディングス(小国町、以下HD)が新たな持ち株会社を設立する。新HDは資本金5千万円だ。"
    )
    assert "新HD" not in found and "以下HD" not in found, sorted(found)


def test_a_name_with_its_head_office_and_its_sales_in_parentheses() -> None:
    # 首位の北斗堂(本部・滋賀県彦根市、3898億円): the gloss makes the name a company, based there
    found = edges("北斗フーズは、首位の北斗堂(本部・滋賀県彦根市、3898億円)に迫る2位に浮上した。")
    assert ("北斗堂", "basedIn", "彦根市") in found, sorted(found)


def test_a_company_a_progressive_clause_describes_is_its_subject() -> None:
    # 南海HDと提携している北斗堂(…)や、…を上回る: 北斗堂 is the partner, not the sentence's topic before
    text = "北斗フーズは2位に浮上した。南海HDと提携している北斗堂(本店・大阪府東大阪市)を上回る。"
    found = edges(text)
    assert ("北斗堂", "partnersWith", "南海HD") in found or ("南海HD", "partnersWith", "北斗堂") in found
    assert ("北斗フーズ", "partnersWith", "南海HD") not in found, sorted(found)


def test_the_second_topic_of_a_sentence_takes_over_not_the_first() -> None:
    # Aは…を決め、Bは«C»を傘下に収めた: B takes C over (決め、 ends A's clause)
    found = edges("北斗自動車は南海精機への出資比率の引き上げを決め、東西自動車はミナト電機を傘下に収めた。")
    assert ("東西自動車", "acquires", "ミナト電機") in found, sorted(found)
    assert ("北斗自動車", "acquires", "ミナト電機") not in found
    assert ("ミナト電機", "subsidiaryOf", "北斗自動車") not in found


def test_a_topic_described_before_the_holder_of_its_shares() -> None:
    # Xは国内3位で、Yが約89%を出資している: Y holds X (not the topic of the sentence before)
    text = (
        "北斗自動車は南海自動車が50.1%を出資する子会社だ。"
        "ミナト重工は国内3位で、ソラトラックが約89%を出資している。"
    )
    found = edges(text)
    assert ("ソラトラック", "investsIn", "ミナト重工") in found, sorted(found)
    assert ("ソラトラック", "investsIn", "北斗自動車") not in found


def test_two_people_of_two_companies_both_presidents() -> None:
    # Aの山田氏、Bの佐藤氏の両社長: each leads their company
    found = edges("北斗航空の山田一郎氏、ミナト航空の佐藤次郎氏の両社長が会見した。")
    assert ("山田一郎", "leads", "北斗航空") in found, sorted(found)
    assert ("佐藤次郎", "leads", "ミナト航空") in found


def test_an_acronym_after_a_group_description_is_the_company() -> None:
    # 国有企業グループSORA: the name is SORA, not グループSORA
    found = edges("北斗商事は、中国最大の国有企業グループSORAに約1兆円を出資する。")
    assert ("北斗商事", "investsIn", "SORA") in found, sorted(found)


def test_companies_put_under_another_are_not_taken_over_by_each_other() -> None:
    # 両社をその傘下に収める: under the holding company just named, not under either of the two
    found = edges(
        "北斗商事と南海物産は経営統合する。共同持ち株会社を設けて両社をその傘下に収める方式で調整する。"
    )
    assert not {e for e in found if e[1] in ("acquires", "subsidiaryOf")}, sorted(found)


def test_a_group_company_after_its_parents_gloss() -> None:
    # 北斗電機(愛知県刈谷市)のグループ会社「北斗岩手」: the unit, not based where its parent is
    found = edges("自動車部品大手北斗電機(愛知県刈谷市)のグループ会社「北斗岩手」が新工場を建てる。")
    assert ("北斗岩手", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("北斗岩手", "basedIn", "刈谷市") not in found


def test_made_a_wholly_owned_subsidiary_with_to_suru() -> None:
    # …の買収手続きが終わった。完全子会社とした: the company of the deal; 子会社として: as one, no takeover
    text = (
        "米IT企業ミナトロジックの買収手続きが終わったと、北斗製作所が14日に発表した。"
        "米子会社を介して完全子会社とした。"
    )
    assert ("ミナトロジック", "subsidiaryOf", "北斗製作所") in edges(text)
    found = edges("北斗電機は南海化学を子会社として持つ。")
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)


def test_made_the_subsidiaries_of_a_holding_company_not_of_each_other() -> None:
    # 両社を持株会社の完全子会社とする: under the holding company (子会社とする inside の完全子会社とする)
    found = edges("北斗損保と南海損保は経営統合する。両社を持株会社の完全子会社とする形で一つになる。")
    assert not {e for e in found if e[1] in ("acquires", "subsidiaryOf")}, sorted(found)


def test_a_dotted_katakana_company_glued_before_its_chief() -> None:
    # 握手を交わすソラ・エア五島勝也社長: the dotted katakana name is the company, not a person
    found = edges("握手を交わすミナト・アビエーション井上慎一CEO(左)とソラ・エア五島勝也社長")
    assert ("五島勝也", "leads", "ソラ・エア") in found, sorted(found)
    assert ("井上慎一", "leads", "ミナト・アビエーション") in found
    assert nodes("ベテラン山田社長が語った。").keys() == {"山田"}


def test_an_age_or_a_photo_position_after_a_chief_is_no_company() -> None:
    assert nodes("山田一郎社長(68)は語った。").keys() == {"山田一郎"}
    assert nodes("山田一郎社長(左)と握手した。").keys() == {"山田一郎"}


def test_names_ending_in_seizo_or_written_with_a_former_mark() -> None:
    # 川崎車輌製造 (製造 after a proper noun); 旧常総ソラ鉄道 is 常総ソラ鉄道, a company gone since
    found = nodes("国内大手の鉄道車両メーカーである川崎車輌製造を子会社化すると発表した。")
    assert found.get("川崎車輌製造", {}).get("type") == "Company", sorted(found)
    assert "自動車製造" not in nodes("自動車製造の現場を見た。")
    found = nodes("北斗鉄道は1965年、鹿島ミナト鉄道と旧常総ソラ鉄道の合併によって発足した。")
    assert "常総ソラ鉄道" in found and "旧常総ソラ鉄道" not in found, sorted(found)


def test_a_country_written_out_and_a_dot_before_a_kanji_company() -> None:
    found = edges("中国・華域汽車系統が北斗電機を買収した。")
    assert ("華域汽車", "basedIn", "中国") in found or ("華域汽車系統", "basedIn", "中国") in found, sorted(
        found
    )


def test_a_former_name_in_a_gloss_is_an_alias_and_the_place_after_it_the_head_office() -> None:
    # ミナトトラックス(旧南海ディーゼル工業、埼玉県上尾市): one company, based in 上尾市
    text = (
        "北斗自動車は、ミナトトラックス(旧南海ディーゼル工業、埼玉県上尾市)を買収する。"
        "南海ディーゼル工業は老舗だ。"
    )
    found = nodes(text)
    assert len([n for n in found if "ディーゼル" in n or "トラックス" in n]) == 1, sorted(found)
    assert any(e[1:] == ("basedIn", "上尾市") for e in edges(text))


def test_a_name_ending_in_automotive_is_a_company() -> None:
    found = nodes("独ソラは、米自動車部品大手のSRWオートモーティブを買収した。")
    assert found.get("SRWオートモーティブ", {}).get("type") == "Company", sorted(found)


def test_a_chief_who_also_holds_a_post_at_another_company() -> None:
    # 北斗自動車の山田社長が、南海自動車の会長を兼ねる: he leads both
    found = edges("北斗自動車の山田一郎社長が、南海自動車の会長を兼ねる人事も決めた。")
    assert ("山田一郎", "leads", "南海自動車") in found, sorted(found)
    assert ("山田一郎", "leads", "北斗自動車") in found


def test_a_person_of_another_company_appointed_to_a_post_at_the_topic() -> None:
    # 南海自動車は…北斗自動車のゴーン社長(62)が会長に就任し: the post is the topic's
    text = "南海自動車は同じ日、北斗自動車のジョン・スミス社長(62)が会長に就任する人事を公表した。"
    assert ("ジョン・スミス", "leads", "南海自動車") in edges(text)


def test_what_is_procured_a_year_or_related_parties_are_no_companies() -> None:
    # コンテンツの調達 (what is procured), 子会社化した2011年以降 (a year), 北斗会関係が29% (the
    # holders around 北斗会), 事実上ミナト社 (an adverb before the name)
    assert nodes("両社はスポーツやアニメといったコンテンツの調達でも協力する。") == {}
    found = nodes("平和がミナトホールディングスをTOBで子会社化した2011年以降をみると、買収は11件目だ。")
    assert "年以降" not in found and "2011年以降" not in found, sorted(found)
    found = nodes("持株比率を見ると、Z会が27.57%、北斗学会関係が29.46%となっている。")
    assert "北斗学会関係" not in found, sorted(found)
    assert "事実上フォートレス" not in nodes("新会社は事実上フォートレス社の傘下に入る。")
    assert (
        nodes("ミナトロジックの資金調達は50億円だった。").get("ミナトロジック", {}).get("type") == "Company"
    )


def test_a_second_post_after_kane_names_its_own_organisation() -> None:
    # 北斗電機常務執行役員兼ミナトネットワークCEO: ミナトネットワーク (not …執行役員兼ミナトネットワーク)
    found = edges("取締役会議長には北斗電機常務執行役員兼ミナトネットワークCEOのジョン・スミス氏が就く。")
    assert ("ジョン・スミス", "leads", "ミナトネットワーク") in found, sorted(found)


def test_chiefs_who_hold_a_joint_press_event_do_not_meet() -> None:
    # …の庄野社長、…の小泉社長がそろって会見した: a joint press event, no meeting; と会見した is one
    found = edges("同日、都内で北斗電機の庄野洋社長、ミナト商事の小泉文明社長がそろって会見した。")
    assert not [e for e in found if e[1] == "meets"], sorted(found)
    assert ("山田太郎", "meets", "ジョン・スミス") in edges("山田太郎首相はジョン・スミス大統領と会見した。")


def test_the_top_holder_is_the_holding_company_its_unit_describes() -> None:
    # …の筆頭株主は、南海化学の持株会社である東西商事だ: 東西商事 holds, not 南海化学
    found = edges("北斗電機の筆頭株主は、南海化学の持株会社である東西商事だ。")
    assert ("東西商事", "investsIn", "北斗電機") in found, sorted(found)
    assert ("南海化学", "investsIn", "北斗電機") not in found


def test_holders_listed_after_a_look_at_the_stakes() -> None:
    # Xに対する持株比率を見ると、Aが27.57%、Bが29.46%: both hold X
    found = edges("北斗電機に対する持株比率を見ると、南海化学が27.57%、東西商事が29.46%となっている。")
    assert ("南海化学", "investsIn", "北斗電機") in found, sorted(found)
    assert ("東西商事", "investsIn", "北斗電機") in found


def test_every_unit_of_a_list_described_as_subsidiaries() -> None:
    # 北斗HDの子会社である北斗物流、南海運輸、東西倉庫が: each; いずれも北斗電機子会社で…のAと、…のB: both
    found = edges("北斗ホールディングスの子会社である北斗物流、南海運輸、東西倉庫が合併する。")
    assert ("東西倉庫", "subsidiaryOf", "北斗ホールディングス") in found, sorted(found)
    text = (
        "新会社の傘下には、いずれも北斗電機子会社で住宅内装事業の北斗建設エンジニアリング(東京都品川区)と、"
        "中堅建設会社の松村組(大阪市)も加わる。"
    )
    assert ("松村組", "subsidiaryOf", "北斗電機") in edges(text)


def test_places_a_noun_before_the_cue_is_for_are_not_its_object() -> None:
    # トルコなどへの北斗メディカルの進出拡大を支援: the countries are where it expands, not supported;
    # 北斗電機への支援を決めた: 北斗電機 is
    text = "南海物産は、トルコやインド、ミャンマーなどへの北斗メディカルの進出拡大を支援してきた。"
    assert not [e for e in edges(text) if e[1] == "supports"], sorted(edges(text))
    assert ("日本政府", "supports", "北斗電機") in edges("政府は北斗電機への支援を決めた。")


def test_a_store_with_its_city_is_no_company() -> None:
    # 北斗池袋本店(東京都豊島区)や北斗千葉店(千葉市): stores, no companies
    found = nodes("北斗・南海の北斗池袋本店(東京都豊島区)や北斗千葉店(千葉市)などにミナトを出店させる。")
    assert not [n for n, v in found.items() if v.get("type") == "Company"], found


def test_a_kanji_proper_noun_or_a_latin_and_katakana_name_in_a_deal_is_a_company() -> None:
    # without the company lexicon: 任天堂が買収 (Sudachi: a proper noun), NTTデータは…買収 (Latin and
    # katakana); 日本が出資 stays a country
    from kg.mentions.sources.deals import DealPartySource
    from kg.parse import parse_documents
    from kg.read import make_document

    def parties(text: str) -> set[str]:
        parsed = next(parse_documents([make_document("t", "t", text)]))
        return {c.name for s in parsed.sentences for c in DealPartySource().candidates(s)}

    assert "任天堂" in parties("任天堂が北斗電機を買収した。")
    assert "NTTデータ" in parties("NTTデータは北米で会社を買収した。")
    assert "日本" not in parties("日本が出資した。")


def test_a_company_that_ties_up_with_another_and_goes_under_it() -> None:
    # XはYと資本提携を結び、Yの傘下に入った: a partner clause between the unit and its parent
    found = edges(
        "コンサルティング大手のソラコンサルティングは11月16日、南海電機と資本提携を結び、南海電機の傘下に入った。"
    )
    assert ("ソラコンサルティング", "subsidiaryOf", "南海電機") in found, sorted(found)


def test_an_export_destination_before_another_noun_stays_the_object() -> None:
    # 中国への|装置の輸出規制を|強化: restricts reads the object of its noun (not so for 支援)
    found = edges("米商務省は2日、中国への半導体製造装置の輸出規制を強化すると発表した。")
    assert ("米商務省", "restricts", "中国") in found, sorted(found)


def test_dou_repeats_the_place_of_a_gloss_with_a_short_form_before_it() -> None:
    # ソラ・ゴルフ(ソラ、東京都品川区)とミナト・ゴルフ・マネジメント(ミナト、同): the same head office
    text = (
        "北斗ゴルフが、ソラ・ゴルフ(ソラ、東京都品川区)とミナト・ゴルフ・マネジメント(ミナト、同)から"
        "計4ゴルフ場を買収する。"
    )
    assert ("ミナト・ゴルフ・マネジメント", "basedIn", "品川区") in edges(text)


def test_a_complete_company_name_is_no_cut_of_its_regional_unit() -> None:
    # トヨタ自動車東日本 is one word for Sudachi; トヨタ自動車 ends with a company's form, so it is no cut
    # of it (as JR東 is of JR東日本): two companies, also without the company lexicon
    import kg

    text = (
        "北斗工業はライナーをつくり、トヨタ自動車東日本(宮城県大衡村)などへ供給する。"
        "同社は53年にトヨタ自動車との取引を始めた。"
    )
    g = kg.build(texts=[text], without_lexicon=["Company"], use_cache=False).graph
    names = {d["name"] for _, d in g.nodes(data=True) if d.get("type") == "Company"}
    assert {"トヨタ自動車", "トヨタ自動車東日本"} <= names, names


def test_a_tender_offer_for_a_minority_stake_is_an_investment() -> None:
    # …へのTOBを実施し、最大20・17%の株式を取得: a stake under half, no takeover
    found = edges(
        "北斗HDはさらに約二千百億円を投じて南海物産への株式公開買い付け(TOB)を実施し、"
        "議決権ベースで最大20・17%の株式を取得する。"
    )
    assert ("北斗HD", "investsIn", "南海物産") in found, sorted(found)
    assert ("北斗HD", "acquires", "南海物産") not in found


def test_hiragana_name_after_legal_form_ends_before_its_particle() -> None:
    # ㈱みなとや(…)は: a legal form says the hiragana after it is a name, up to its particle
    text = "誘致支援を展開する㈱みなとや(北浜市、山田一郎社長)は、北斗電機と提携した。"
    found = nodes(text)
    assert found.get("みなとや", {}).get("type") == "Company", sorted(found)
    assert ("山田一郎", "leads", "みなとや") in edges(text)


def test_quoted_company_with_short_form_head_office_and_chief_in_gloss() -> None:
    # 「X」(short form、place、chief): the quote closes before the gloss
    found = edges("空港の運営を担う「ソラ空港施設」(SAF、北浜市、山田一郎社長)の株式を北斗電機が取得した。")
    assert ("ソラ空港施設", "basedIn", "北浜市") in found, sorted(found)
    assert ("山田一郎", "leads", "ソラ空港施設") in found, sorted(found)


def test_a_bare_title_goes_to_the_company_the_sentence_before_was_about() -> None:
    # 北斗電機は…。南海化学は…。田中社長は「…」: the 社長 of the company just spoken of
    text = "北斗電機は新工場を建てる。南海化学は部品を供給する。田中社長は「期待している」と話した。"
    found = edges(text)
    assert ("田中", "leads", "南海化学") in found, sorted(found)
    assert ("田中", "leads", "北斗電機") not in found, sorted(found)


def test_airports_are_places_and_an_airport_company_stays_a_company() -> None:
    found = nodes(
        "北斗電機は北浜空港と小樽国際空港の運営会社に出資し、特別目的会社「北浜国際空港」の株式も取得した。"
    )
    assert found.get("北浜空港", {}).get("type") == "Place", sorted(found)
    assert found.get("小樽国際空港", {}).get("type") == "Place", sorted(found)
    assert found.get("北浜国際空港", {}).get("type") == "Company", sorted(found)


def test_a_legal_form_makes_a_latin_word_a_name() -> None:
    # ㈱SALT: Sudachi tags the word a common noun; the form says it is a company
    found = edges("参加したのは、施設の運営にあたる㈱SALT(北浜市、山田一郎社長)など4社だ。")
    assert ("山田一郎", "leads", "SALT") in found, sorted(found)


def test_a_hyphenated_latin_name_is_one_party() -> None:
    # J-STAR: Sudachi cuts it at the hyphen
    found = edges("投資ファンドのJ-STARは北斗電機を買収した。")
    assert ("J-STAR", "acquires", "北斗電機") in found, sorted(found)


def test_a_name_after_a_non_profit_legal_form_is_an_organisation_with_its_chief() -> None:
    text = "北浜に本拠を置く社会医療法人ソラ会(山田一郎理事長)は、医療法人ミナト会と連携した。"
    found = nodes(text)
    assert found.get("ソラ会", {}).get("type") == "Organization", sorted(found)
    assert found.get("ミナト会", {}).get("type") == "Organization", sorted(found)
    assert ("山田一郎", "leads", "ソラ会") in edges(text)


def test_a_company_a_cue_acts_through_is_not_its_object() -> None:
    # 子会社のXを通じてTOBを実施: X is the vehicle, not what is taken over
    text = (
        "北斗HDは南海化学を買収すると発表した。"
        "今後、子会社の北斗製薬を通じて株式公開買い付け(TOB)を実施し、完全子会社にする段取りだ。"
    )
    found = edges(text)
    assert ("北斗HD", "acquires", "南海化学") in found, sorted(found)
    assert ("北斗HD", "acquires", "北斗製薬") not in found, sorted(found)


def test_what_a_person_leads_is_the_noun_after_the_clause_not_a_later_company() -> None:
    found = edges("山田一郎氏が率いる投資ファンドが南海電気鉄道の株式を買い増した。")
    assert ("山田一郎", "leads", "南海電気鉄道") not in found, sorted(found)
    assert ("山田一郎", "leads", "ソラキャピタル") in edges(
        "山田一郎氏が率いる米投資会社ソラキャピタルが動いた。"
    )


def test_a_start_up_descriptor_is_no_company_and_its_prefix_goes_to_the_name() -> None:
    found = nodes(
        "北斗電機は14日、米バイオスタートアップのソラ・セラピューティクスを買収したと明らかにした。"
    )
    assert "バイオスタートアップ" not in found, sorted(found)
    text = "北斗電機は14日、米バイオスタートアップのソラ・セラピューティクスを買収したと明らかにした。"
    assert ("ソラ・セラピューティクス", "basedIn", "米国") in edges(text)


def test_shares_passed_to_a_company_whatever_the_parse_calls_their_owner() -> None:
    # ソラテック|ADJ の株式: the owner of shares is a noun by Sudachi's tag; 発行済み株式のうち N%
    found = edges("南海化学はソラテックの発行済み株式のうち61・6%を北斗電機に譲渡する。")
    assert ("北斗電機", "investsIn", "ソラテック") in found, sorted(found)


def test_a_post_filled_by_a_described_person_with_the_verb_zuku() -> None:
    # 社長には米国公認会計士の山田氏が就き: the description of the person is no organisation of theirs
    found = edges("北斗電機は再建を進める。社長には米国公認会計士の高橋英朗氏が就き、経営を立て直す。")
    assert ("高橋英朗", "leads", "北斗電機") in found, sorted(found)


def test_the_mark_of_a_former_post_is_no_part_of_the_organisation() -> None:
    found = edges("元ソラ社長の山田一郎氏と元北斗電機社長の田中次郎氏は反対した。")
    assert ("山田一郎", "leads", "ソラ") in found, sorted(found)
    assert ("田中次郎", "leads", "北斗電機") in found, sorted(found)


def test_companies_a_group_holds_are_its_subsidiaries() -> None:
    # A、Bをグループに抱える: what the topic holds in its group
    found = edges("北斗電機は、国内4位のソラホテル・マネジメントやミナトゴルフ物産をグループに抱える。")
    assert ("ミナトゴルフ物産", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("ソラホテル・マネジメント", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_builder_named_with_gumi_before_kei() -> None:
    found = edges("大林組系の不動産賃貸管理業、ソラ商事が株式を取得した。")
    assert ("ソラ商事", "subsidiaryOf", "大林組") in found, sorted(found)


def test_a_quoted_company_marked_by_a_particle_reads_like_an_unquoted_one() -> None:
    # 投資ファンド「X」が…株を買い増した: the quotes around the name are its slot's
    found = edges("シンガポールの投資ファンド「ソラ キャピタル マネージメント」が北斗汽船株を買い増した。")
    assert ("ソラ キャピタル マネージメント", "investsIn", "北斗汽船") in found, sorted(found)
    assert ("ソラ キャピタル マネージメント", "basedIn", "シンガポール") in found, sorted(found)
    listed = edges("北斗HD傘下の「ソラ食品」「ミナト物産」が出資した。")
    assert ("ミナト物産", "subsidiaryOf", "北斗HD") in listed, sorted(listed)


def test_latin_names_joined_by_an_ampersand_and_katakana_words_by_spaces() -> None:
    found = nodes(
        "北斗電機はアイルランドのSora Technology & Solutionsと、ミナト キャピタル マネージメントを買う。"
    )
    assert "Sora Technology & Solutions" in found, sorted(found)
    assert "ミナト キャピタル マネージメント" in found, sorted(found)


def test_what_a_fund_said_in_quotes_is_no_company() -> None:
    found = nodes("ソラファンドは「投資判断に基づいて買い進めた」と説明した。")
    assert "投資判断に基づいて買い進めた" not in found, sorted(found)
    assert "ソラ・パートナーズ" in nodes("米投資ファンド「ソラ・パートナーズ」が出資した。")


def test_a_ski_resort_or_golf_course_with_its_district_is_a_place() -> None:
    found = nodes("ソラバレイスキー場(安塚区)とミナトゴルフ場(北浜市)の運営会社が赤字を出した。")
    assert found.get("ソラバレイスキー場", {}).get("type") == "Place", sorted(found)
    assert found.get("ミナトゴルフ場", {}).get("type") in (None, "Place"), sorted(found)


def test_a_party_written_with_its_side_is_the_party() -> None:
    found = edges("北斗電機側はグループ全体で南海化学株の10.15%を握り、すでに筆頭株主の座にある。")
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)


def test_a_quoted_name_after_a_third_sector_or_an_inn() -> None:
    found = nodes("市などが出資した第三セクター「ソラ未来」が発足し、温泉旅館「ミナト荘」にも事務所を置く。")
    assert found.get("ソラ未来", {}).get("type") == "Company", sorted(found)
    assert found.get("ミナト荘", {}).get("type") == "Company", sorted(found)


def test_dousha_after_a_new_subject_is_the_topic_before_it() -> None:
    # Xは…会社で、今回、Y社が同社の全株式を取得する: 同社 is X, the clause's own subject being Y
    found = edges("ソラライフ社は生命保険事業を営む生命保険会社で、今回、ミナト社が同社の全株式を取得する。")
    assert ("ミナト", "acquires", "ソラライフ") in found, sorted(found)
    assert ("ソラライフ", "acquires", "ミナト") not in found, sorted(found)


def test_quoted_brands_listed_before_woHajime_are_products() -> None:
    found = edges("北斗フーズは「ソラ亭」「ホシ庵」「ミナト」をはじめ、30を超えるブランドを展開する。")
    assert {("北斗フーズ", "develops", x) for x in ("ソラ亭", "ホシ庵", "ミナト")} <= found, sorted(found)


def test_a_body_named_by_its_ending_before_its_person() -> None:
    # 自動車総連, 全日本北斗労働組合: common words and an organisation's ending
    found = edges("全日本北斗労働組合の山田一郎委員長と自動車総連の田中次郎会長が会談した。")
    assert ("山田一郎", "leads", "全日本北斗労働組合") in found, sorted(found)
    assert ("田中次郎", "leads", "自動車総連") in found, sorted(found)
    assert "世界最大" not in nodes("世界最大の山田一郎会長は述べた。")


def test_a_share_exchange_named_with_its_compound_posts_among_other_parties() -> None:
    # A、B、C、Dは、Aを株式交換完全親会社、Bを株式交換完全子会社とし: A takes B over; C and D do not
    text = (
        "北斗電機、南海化学、北斗商事、南海銀行は、北斗電機を株式交換完全親会社、南海化学を株式交換完全子会社とし、"
        "効力発生日を2011年3月1日とする株式交換を行うことで合意した。"
    )
    found = edges(text)
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert not {
        e for e in found if e[1] in ("acquires", "subsidiaryOf") and "北斗電機" not in (e[0], e[2])
    }, sorted(found)


def test_a_stake_in_a_unit_of_a_company_is_not_in_the_company() -> None:
    # 南海化学のPC事業に出資 / 南海化学の半導体部門を買収: the unit, not 南海化学
    found = edges("北斗電機は、南海化学のPC事業に過半を出資する。")
    assert ("北斗電機", "investsIn", "南海化学") not in found, sorted(found)
    found = edges("北斗電機は南海化学の半導体部門を買収した。")
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)


def test_allottees_of_an_issue_invest_in_the_issuer_the_sentence_before_named() -> None:
    text = (
        "北斗電機は第三者割当増資を実施する。割当先は南海化学と、同社子会社のソラ物産で、普通株式を発行する。"
    )
    found = edges(text)
    assert ("ソラ物産", "investsIn", "北斗電機") in found, sorted(found)
    found = edges("北斗電機は増資する。出資企業は南海化学、ソラ物産など8社だ。")
    assert ("ソラ物産", "investsIn", "北斗電機") in found, sorted(found)


def test_a_minister_or_a_chamber_head_with_no_body_named_leads_no_company() -> None:
    found = edges("北斗電機は南海市と協定を結んだ。締結式には松田会頭と山田大臣が出席した。")
    assert not {e for e in found if e[1] == "leads" and e[2] == "北斗電機"}, sorted(found)


def test_honsha_before_a_head_office_gloss_is_no_part_of_the_name() -> None:
    found = edges("北斗印刷本社(東京・大崎)で会見した。")
    assert ("北斗印刷", "basedIn", "大崎") in found, sorted(found)
    assert "ソラ新聞グループ本社" in nodes("ソラ新聞グループ本社(東京・大手町)が出資した。")


def test_a_stake_in_an_unnamed_new_company_goes_to_no_earlier_topic() -> None:
    text = (
        "北斗リースと南海キャピタルは来年春に合併する。南海キャピタルについては南海電機が同31%を持つ筆頭株主だ。"
        "新会社に対しては、北斗商事と北斗銀行がそれぞれ20%程度を出資する方向で最終調整している。"
    )
    found = edges(text)
    assert ("北斗商事", "investsIn", "南海電機") not in found, sorted(found)
    assert ("南海電機", "investsIn", "南海キャピタル") in found, sorted(found)


def test_the_reporter_named_after_a_reported_deal_is_its_subject() -> None:
    # Xを買収すると、米決済大手Yが7日発表した (wire style: the clause first, then who says it)
    found = edges("ソラ物産を3000億円で買収すると、米決済大手ミナト・ホールディングスが7日発表した。")
    assert ("ミナト・ホールディングス", "acquires", "ソラ物産") in found, sorted(found)


def test_a_founding_family_before_a_person_is_no_organisation() -> None:
    found = edges("北斗電機は、創業家の石本一郎社長が退任すると発表した。")
    assert ("石本一郎", "leads", "北斗電機") in found, sorted(found)
    # a reported clause's subject found on the way up past a copula (used to crash)
    assert isinstance(edges("北斗電機の社長は、実質的な創業者である三森次郎前会長の長男だ。"), set)


def test_a_professor_of_a_faculty_works_for_its_university() -> None:
    found = edges("北斗大学医学部の山田一郎教授は指摘した。")
    assert ("山田一郎", "worksFor", "北斗大学") in found, sorted(found)


def test_a_former_or_previous_post_is_still_the_post() -> None:
    found = edges("北斗電機の山田一郎前社長(65)らを書類送検した。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    assert ("山田一郎", "worksFor", "北斗電機") not in found, sorted(found)


def test_a_company_before_a_former_post_glued_to_it() -> None:
    found = edges("北斗電機元社長の山田一郎氏と南海化学前会長の田中次郎氏が語った。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    assert ("田中次郎", "leads", "南海化学") in found, sorted(found)


def test_a_public_finance_corporation_is_an_organisation() -> None:
    found = nodes("北浜商工会議所は、北斗政策金融公庫と協定を結んでいる。")
    assert found.get("北斗政策金融公庫", {}).get("type") == "Organization", sorted(found)


def test_a_company_after_a_person_and_to_is_the_other_party() -> None:
    # 創業家の石本社長と、筆頭株主の北斗商事が対立: 北斗商事 is the other side, not the person's company
    found = edges("【ソラ】創業家の石本一郎社長と、筆頭株主の北斗商事が経営方針をめぐって対立した。")
    assert ("石本一郎", "leads", "北斗商事") not in found, sorted(found)


def test_g_after_a_name_abbreviates_group() -> None:
    found = edges("南海電機グループは発表した。南海電機Gの山田一郎会長は述べた。")
    assert ("山田一郎", "leads", "南海電機グループ") in found, sorted(found)
    assert nodes("5G向けの基地局を整備する。").get("5G", {}).get("type") != "Company"


def test_a_stake_clause_describing_its_holder_takes_no_holder_from_before() -> None:
    text = "公開買付代理人は北斗証券が務める。南海化学株の約64%を保有する北斗重工はTOBに応募しない。"
    found = edges(text)
    assert ("北斗証券", "investsIn", "南海化学") not in found, sorted(found)
    assert ("北斗重工", "investsIn", "南海化学") in found, sorted(found)


def test_a_deal_about_a_company_denied_is_no_takeover() -> None:
    assert ("北斗電機", "acquires", "南海化学") not in edges("南海化学について、北斗電機は買収を否定した。")


def test_an_employee_works_for_the_company_before_the_word() -> None:
    found = edges("北斗電機元社員の山田一郎容疑者と南海化学社員の田中次郎容疑者を逮捕した。")
    assert ("山田一郎", "worksFor", "北斗電機") in found, sorted(found)
    assert ("田中次郎", "worksFor", "南海化学") in found, sorted(found)


def test_two_companies_one_joins_are_the_partners_not_the_one_who_joins_them() -> None:
    # 北斗HDはAとBを統合する / Xは、AとBの経営統合で合意した: A and B are the pair
    found = edges(
        "北斗HDは3月22日に記者会見を開き、ソラ航空とミナト航空を2019年度末をめどに統合すると決めた。"
    )
    assert ("ソラ航空", "partnersWith", "ミナト航空") in found, sorted(found)
    assert not {e for e in found if e[1] == "partnersWith" and "北斗HD" in (e[0], e[2])}, sorted(found)
    found = edges("北斗電機は南海化学と資本提携の協議を始めた。")
    assert ("北斗電機", "partnersWith", "南海化学") in found, sorted(found)


def test_holders_listed_with_their_stakes_in_glosses_after_the_shareholder_make_up() -> None:
    text = (
        "北斗電機の株主構成をみると、筆頭株主のソラ商事(出資比率41.8%)、"
        "大株主のミナト電工(グループ4社で同28.9%)が並ぶ。"
    )
    found = edges(text)
    assert ("ソラ商事", "investsIn", "北斗電機") in found, sorted(found)
    assert ("ミナト電工", "investsIn", "北斗電機") in found, sorted(found)


def test_a_name_that_begins_with_the_kanji_of_a_former_post_keeps_it() -> None:
    # 元気寿司: 元 here is part of the name, not the mark of a former post (one pattern for both readers)
    assert "気寿司" not in nodes("元気寿司社長の山田一郎氏は語った。")


def test_posts_opening_a_sentence_with_no_topic_are_the_previous_themes() -> None:
    # 北斗電機は人事を発表した。会長には…が、社長には…が就く: the posts are 北斗電機's, besides the
    # people's own
    found = edges(
        "北斗電機は人事を発表した。会長には南海化学の田中一郎社長が、社長には西山化学の山田太郎副社長が就く。"
    )
    assert ("田中一郎", "leads", "北斗電機") in found, sorted(found)
    assert ("山田太郎", "leads", "北斗電機") in found, sorted(found)
    assert ("田中一郎", "leads", "南海化学") in found, sorted(found)
    # a sentence that names the company again or opens with something else is not read so
    found = edges("北斗電機は記者会見を開いた。南海化学の田中一郎社長が出席した。")
    assert ("田中一郎", "leads", "北斗電機") not in found, sorted(found)
    # nor one whose post is another body's (持ち株会社の会長には)
    found = edges("北斗電機は統合を決めた。持ち株会社の会長には南海化学の田中一郎社長が就く。")
    assert ("田中一郎", "leads", "北斗電機") not in found, sorted(found)


def test_stakes_held_near_a_share_or_of_the_issued_shares_together() -> None:
    found = edges("北斗電機の株式の10%近くを保有する南海化学は、増配を求めた。")
    assert ("南海化学", "investsIn", "北斗電機") in found, sorted(found)
    found = edges("南海化学と西山化学、ミナト商事が合わせて北斗電機の発行済みの20%超を保有する。")
    for holder in ("南海化学", "西山化学", "ミナト商事"):
        assert (holder, "investsIn", "北斗電機") in found, sorted(found)


def test_an_officer_sent_from_an_organisation_keeps_the_post_there() -> None:
    found = edges("北斗電機から山田太郎社長、南海化学から田中一郎副社長が出席した。")
    assert ("山田太郎", "leads", "北斗電機") in found, sorted(found)
    assert ("田中一郎", "worksFor", "南海化学") in found, sorted(found)
    found = edges("北斗電機は、南海化学から川口均専務執行役員を迎える。")
    assert ("川口均", "worksFor", "北斗電機") not in found, sorted(found)
    # what is bought from a company says nothing of who speaks after
    found = edges("北斗電機は南海化学から部品を買い、田中一郎社長が説明した。")
    assert ("田中一郎", "leads", "南海化学") not in found, sorted(found)


def test_a_gloss_that_repeats_the_place_named_last() -> None:
    found = edges("北斗電機(愛知県豊田市)はソラテック(同)と組む。")
    assert ("ソラテック", "basedIn", "豊田市") in found, sorted(found)
    found = edges("北斗電機は大阪市に新工場を建てた。運営はソラホテルズ(同市中央区)が担う。")
    assert ("ソラホテルズ", "basedIn", "中央区") in found, sorted(found)
    found = edges("北斗電機は豊田市で操業する。南海化学(同市)も加わる。")
    assert ("南海化学", "basedIn", "豊田市") in found, sorted(found)


def test_companies_of_a_country_and_with_their_kind_between() -> None:
    # the country is the first name's; spread over the list such edges were wrong 8 times in 8 over
    # the scored articles
    found = edges("北斗電機は日本の南海化学、西山化学、東西工業と組む。")
    assert ("南海化学", "basedIn", "日本") in found, sorted(found)
    assert ("東西工業", "basedIn", "日本") not in found, sorted(found)
    found = edges("北斗電機は、台湾の専業ファウンドリーである南海電子と提携した。")
    assert ("南海電子", "basedIn", "台湾") in found, sorted(found)
    assert ("北斗電機", "basedIn", "台湾") not in found, sorted(found)
    # a member with a country of its own is not covered
    found = edges("市場では、スイスの南海製薬や米ソラ・ファーマが大きなシェアを握っている。")
    assert ("ソラ・ファーマ", "basedIn", "スイス") not in found, sorted(found)


def test_a_career_lists_year_and_a_concurrent_post_stay_out_of_names() -> None:
    found = nodes("1990年北斗電機入社。07年ソラテック社長。13年南海化学副社長。")
    assert "ソラテック" in found and "年ソラテック" not in found, found
    assert "年" not in found, found
    found = nodes("現在は北斗電機の山田一郎副社長(兼南海銀行副頭取)が取締役を務める。")
    assert not [n for n in found if n.startswith("兼")], found
    found = edges("元次官の鈴木康雄・北斗電機上級副社長(69)も辞任する方向だ。")
    assert ("鈴木康雄", "worksFor", "北斗電機") in found, sorted(found)


def test_a_minority_stake_glossed_with_its_voting_share_and_voting_rights_held() -> None:
    found = edges(
        "北斗電機は約500億円を投じて南海化学株の11.28%(議決権割合では11.46%)を取得し、筆頭株主となる。"
    )
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)
    found = edges("ミナトエナジーの議決権は北斗機構が75%、南海化学が15%を握る。")
    assert ("南海化学", "investsIn", "ミナトエナジー") in found, sorted(found)
    assert ("北斗機構", "investsIn", "ミナトエナジー") in found, sorted(found)


def test_every_site_glossed_with_its_place_and_no_place_glossed_as_a_site() -> None:
    found = edges("北斗電機は、新井工場(新潟県妙高市)と岡山工場(岡山県備前市)を閉鎖する。")
    assert ("北斗電機", "basedIn", "妙高市") in found, sorted(found)
    assert ("北斗電機", "basedIn", "備前市") in found, sorted(found)
    found = edges("北斗電機は、大阪市(大阪府)で説明会を開いた。")
    assert ("北斗電機", "basedIn", "大阪府") not in found, sorted(found)


def test_two_posts_at_two_organisations_each_filled_by_its_own_person() -> None:
    found = edges(
        "北斗HDは人事を発表した。高倉一郎氏は北斗HDの会長に就き、南海信託銀の会長には佐藤正克専務執行役員(59)が就任する方向だ。"
    )
    assert ("佐藤正克", "leads", "南海信託銀") in found, sorted(found)
    assert ("佐藤正克", "leads", "北斗HD") not in found, sorted(found)
    assert ("高倉一郎", "leads", "北斗HD") in found, sorted(found)


def test_shares_and_a_bare_trust_bank_are_no_companies() -> None:
    assert "発行済株式" not in nodes("その子会社の発行済株式のすべてを北斗電機が取得する。")
    assert "信託銀" not in nodes("北斗HDの会長と傘下信託銀のトップが会見した。")


def test_a_co_chief_leads() -> None:
    found = edges("北斗電機の山田一郎共同社長は語った。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    found = edges("南海化学の王石・共同総経理が出席した。")
    assert ("王石", "leads", "南海化学") in found, sorted(found)


def test_a_place_surname_and_a_given_name_cut_into_single_kanji() -> None:
    # Sudachi reads 坂井 as a place and 辰 / 史 as a noun and a suffix
    found = edges("北斗FGの坂井辰史社長が、四月一日付で全国銀行協会の会長に就く。")
    assert ("坂井辰史", "leads", "北斗FG") in found, sorted(found)
    people = {n for n, d in nodes("北斗電機の九州支社長が語った。").items() if d["type"] == "Person"}
    assert "九州" not in people, people


def test_who_is_employed_at_or_belongs_to_an_organisation_works_for_it() -> None:
    assert ("山田一郎", "worksFor", "北斗電機") in edges("北斗電機に勤める山田一郎さん(45)は語った。")
    assert ("山田一郎", "worksFor", "北斗電機") in edges("山田一郎さんは北斗電機で20年間働いてきた。")
    assert ("山田一郎", "worksFor", "北斗大学") in edges("山田一郎教授は北斗大学に所属する。")
    # a reform of how people work is no employment
    assert ("山田一郎", "worksFor", "北斗電機") not in edges(
        "北斗電機は山田一郎氏のもとで働き方改革を進める。"
    )


def test_the_post_a_person_is_promoted_to_after_the_one_held_now_behind_a_dot() -> None:
    found = edges(
        "北斗電機は、高橋修司・取締役専務執行役員(59)を4月1日付で社長兼最高執行責任者(COO)に昇格させる。"
    )
    assert ("高橋修司", "leads", "北斗電機") in found, sorted(found)
    assert ("高橋修司", "worksFor", "北斗電機") not in found, sorted(found)


def test_posts_a_career_held_in_turn() -> None:
    found = edges("国部毅氏は、北斗銀行の頭取や北斗FGの社長を歴任した。")
    assert ("国部毅", "leads", "北斗銀行") in found, sorted(found)
    found = edges("山田一郎氏は北斗FGの社長を歴任した。")
    assert ("山田一郎", "leads", "北斗FG") in found, sorted(found)


def test_wire_tickers_in_angle_brackets_time_words_and_brands_stay_out_of_names() -> None:
    found = nodes("北斗電機は5日、米ソラテック<SORA.N>との合弁を解消すると発表した。")
    assert not [n for n in found if ">" in n or "SORA" in n], found
    found = nodes("両社は合意していたが、その後米ソラテックが統合を撤回した。")
    assert any(n.endswith("ソラテック") for n in found) and not [n for n in found if n.startswith("後")], (
        found
    )
    assert "PENTAXブランド" not in nodes("北斗電機は製品の一部にPENTAXブランドを用いる。")


def test_kinds_of_company_are_no_companies() -> None:
    assert nodes("ネット証券や総合電機、メガバンクグループ、リース会社が応札した。") == {}
    found = nodes("地元の進出企業と北斗電機が組む。")
    assert "進出企業" not in found and "北斗電機" in found, found


def test_a_region_after_a_known_company_names_its_unit_there() -> None:
    found = nodes("日立の子会社で英国に本社を置く日立ヨーロッパの会長に転じる。")
    assert found.get("日立ヨーロッパ", {}).get("type") == "Company", sorted(found)
    assert "ヨーロッパ" not in found and "欧州" not in found, sorted(found)
    # the company, then a region word that goes on into another word, is the company alone
    found = nodes("トヨタ自動車はアジア事業を強化する。")
    assert "トヨタ自動車" in found, sorted(found)


def test_an_address_with_its_street_places_the_company_and_is_no_company() -> None:
    text = "北斗精機(長野県飯田市大休1879、山田一郎社長)は発表した。"
    assert ("北斗精機", "basedIn", "飯田市") in edges(text)
    assert [n for n, d in nodes(text).items() if d["type"] == "Company"] == ["北斗精機"]
    found = edges("北斗電機(福岡市西区今宿駅前1丁目、須賀大介社長)は発表した。")
    assert ("北斗電機", "basedIn", "福岡市西区") in found, sorted(found)


def test_quoted_products_a_maker_is_known_for_or_named_after_their_kind() -> None:
    found = nodes("北斗製薬は「ソラスエット」や「ホシメイト」で知られる。")
    assert found.get("ソラスエット", {}).get("type") == "Technology", sorted(found)
    found = nodes("北斗電機は、通信教育講座「ソラゼミ」を展開する。")
    assert found.get("ソラゼミ", {}).get("type") == "Technology", sorted(found)


def test_what_a_company_steps_up_or_excels_at_making_it_develops() -> None:
    assert ("北斗電機", "develops", "イメージセンサー") in edges(
        "イメージセンサーを得意とする北斗電機は提携した。"
    )
    assert ("北斗電機", "develops", "シリコンウエハー") in edges("北斗電機はシリコンウエハーを増産する。")


def test_a_body_named_after_japan_is_no_country() -> None:
    found = edges("北斗電機は日本赤十字社に寄付した。")
    assert ("北斗電機", "supports", "日本") not in found, sorted(found)
    assert "日本赤十字社" in nodes("北斗電機は日本赤十字社に寄付した。")


def test_all_the_shares_held_or_a_stake_secured() -> None:
    assert ("北斗HD", "investsIn", "南海工業") in edges("北斗HDは南海工業の全株式を持つ持ち株会社だ。")
    assert ("北斗電機", "investsIn", "南海化学") in edges("北斗電機は南海化学株の51%を押さえる。")


def test_a_subject_acting_on_both_companies_or_the_counted_ones_named_before() -> None:
    found = edges("南海電機と北斗化学は統合する。ミナト商事が両社にそれぞれ20%を出資している。")
    assert ("ミナト商事", "investsIn", "南海電機") in found, sorted(found)
    assert ("ミナト商事", "investsIn", "北斗化学") in found, sorted(found)
    found = edges("南海電機、北斗化学、西山工業の3社は統合する。ミナト商事は3社と提携した。")
    for company in ("南海電機", "北斗化学", "西山工業"):
        assert ("ミナト商事", "partnersWith", company) in found or (
            company,
            "partnersWith",
            "ミナト商事",
        ) in found, sorted(found)


def test_a_company_named_as_another_ones_investment_with_its_kind_between() -> None:
    found = edges("北斗商事の投資先でもあった衣料大手の南海電機は再建した。")
    assert ("北斗商事", "investsIn", "南海電機") in found, sorted(found)


def test_the_rest_of_the_shares_a_ranked_holder_and_a_stake_handed_to_a_group_head_office() -> None:
    found = edges("北斗電機は南海化学株の60%を取得する。残りの40%はこれまで通り北斗機構が保有する。")
    assert ("北斗機構", "investsIn", "北斗電機") not in found, sorted(found)
    assert ("北斗HD", "investsIn", "南海化学") in edges("南海化学は増資する。第2位の株主は北斗HDで13.61%だ。")
    found = edges("北斗電機は51%を出資する上場子会社の南海電子と組む。")
    assert ("北斗電機", "investsIn", "南海電子") in found, sorted(found)


def test_a_company_that_leads_the_world_in_making_a_thing_develops_it() -> None:
    found = edges("北斗電機はリチウムイオン電池(LIB)の世界最大手で、南海化学と組む。")
    assert ("北斗電機", "develops", "リチウムイオン電池") in found, sorted(found)
    assert ("南海化学", "develops", "リチウムイオン電池") not in found, sorted(found)


def test_a_quoted_site_a_company_runs_is_its_product() -> None:
    found = edges("衣料通販サイト「ソラタウン」を運営する北斗電機は増益だった。")
    assert ("北斗電機", "develops", "ソラタウン") in found, sorted(found)


def test_bodies_by_their_kind_before_a_quoted_name_or_an_acronym_after_theirs() -> None:
    found = edges("北斗電機は地元のNPO「ソラの会」と協定を結んだ。")
    assert ("北斗電機", "partnersWith", "ソラの会") in found, sorted(found)
    found = nodes("北斗電機の社長会(SKK)が開かれた。")
    assert not [n for n in found if n.startswith("北斗電機の")], sorted(found)


def test_a_name_kg_did_not_recognise_between_a_person_a_dot_and_their_title() -> None:
    text = (
        "北斗パートナーズは協定を結んだ。"
        "(写真説明:左から本田晋一郎・北斗パートナーズ社長、外間広一・タクア社長)"
    )
    found = edges(text)
    assert ("外間広一", "leads", "北斗パートナーズ") not in found, sorted(found)
    assert ("本田晋一郎", "leads", "北斗パートナーズ") in found, sorted(found)
    found = edges("北斗電機は人事を発表した。山田一郎・代表取締役社長は語った。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    # a name the text glossed a company with before is that company, not the article's main one
    text = (
        "ミナト・ヴィーナス・ジャパン(MVJ、本社=東京都千代田区)と南海化学は提携した。"
        "会見には鈴木孝雄・MVJ会長が出席した。"
    )
    assert ("鈴木孝雄", "leads", "南海化学") not in edges(text)


def test_stakes_held_in_the_topic_bought_at_a_price_and_not_in_a_company_described_by_one() -> None:
    found = edges("南海化学は、東京のソラ工業が株式の78%を保有している。")
    assert ("ソラ工業", "investsIn", "南海化学") in found, sorted(found)
    text = "北斗工業は、南海電機の株式29.8%を1株37.5ユーロ(円換算で3553円)で買い取ると発表した。"
    assert ("北斗工業", "investsIn", "南海電機") in edges(text)
    text = "北斗化学は、南海物産の発行済み株式の51%を約15億ドル(約1830億円)で取得する。"
    assert ("北斗化学", "investsIn", "南海物産") in edges(text)
    found = edges("北斗電機は、南海化学が20%を持つ西山工業を買収する。")
    assert ("南海化学", "investsIn", "西山工業") in found, sorted(found)
    assert ("南海化学", "investsIn", "北斗電機") not in found, sorted(found)


def test_a_post_moved_to_at_a_unit_described_before_it() -> None:
    text = "田中一郎氏は、北斗電機の子会社で英国に本社を置く北斗ヨーロッパの会長に転じる。"
    found = edges(text)
    assert ("田中一郎", "leads", "北斗ヨーロッパ") in found, sorted(found)
    assert ("北斗ヨーロッパ", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("田中一郎", "leads", "北斗電機") not in found, sorted(found)
    found = edges("山田一郎氏は、北斗電機の田中社長が南海化学の会長を兼ねると述べた。")
    assert ("山田一郎", "leads", "南海化学") not in found, sorted(found)
    text = (
        "北斗電機は、ブリス・コッホ最高経営責任者(CEO)が退任し、その後任として7月1日付で、"
        "南海工業の取締役で副社長を務めた竹内弘平氏を充てる人事を公表した。"
    )
    found = edges(text)
    assert ("ブリス・コッホ", "worksFor", "南海工業") not in found, sorted(found)
    assert ("ブリス・コッホ", "leads", "北斗電機") in found, sorted(found)


def test_a_hiragana_bank_name_does_not_take_the_verb_before_it() -> None:
    found = nodes("北斗電機が保有するみずほ証券の株式を売る。")
    assert "みずほ証券" in found, sorted(found)
    assert not [n for n in found if n.startswith("保有")], sorted(found)
    found = nodes("北斗銀行の子会社であるあおぞら信託銀行と南海化学が共同で手がける。")
    assert "あおぞら信託銀行" in found, sorted(found)
    found = nodes("北斗電機が保有するひまわり証券の株式を売る。")
    assert "ひまわり証券" in found, sorted(found)


def test_units_listed_with_their_places_and_a_unit_of_a_group() -> None:
    text = (
        "北斗電機はまた、完全子会社の南海化学(松山市)、ソラ工業(大阪市)、"
        "西山物産(京都府向日市)を吸収合併する。"
    )
    found = edges(text)
    for unit in ("南海化学", "ソラ工業", "西山物産"):
        assert (unit, "subsidiaryOf", "北斗電機") in found, sorted(found)
    text = (
        "IT大手北斗商事のグループで暗号資産の交換業を営む北斗ビットコイン(東京)は31日、流出を明らかにした。"
    )
    assert ("北斗ビットコイン", "subsidiaryOf", "北斗商事") in edges(text)


def test_meeting_people_listed_with_a_group_noun_after_them() -> None:
    text = "トランプ米大統領は28日夜、北斗電機の山田一郎CEO、南海化学の佐藤次郎CEOら経営者と会談した。"
    found = edges(text)
    assert ("ドナルド・トランプ", "meets", "山田一郎") in found, sorted(found)
    assert ("ドナルド・トランプ", "meets", "佐藤次郎") in found, sorted(found)
    text = "トランプ米大統領は28日夜、北斗電機の山田一郎CEOらと食卓を囲んだ。"
    assert ("ドナルド・トランプ", "meets", "山田一郎") in edges(text)


def test_a_second_post_in_parentheses_after_a_person_an_organisation_and_a_title() -> None:
    text = "代表団には、田中文也日本貿易会会長(北斗物産取締役会長)が名を連ねた。"
    found = edges(text)
    assert ("田中文也", "leads", "北斗物産") in found, sorted(found)
    assert "北斗物産取締役" not in nodes(text), sorted(nodes(text))
    found = edges("その中には、丸紅と北斗電機、南海化学との間で結ばれた覚書がある。")
    assert ("丸紅", "partnersWith", "北斗電機") in found, sorted(found)
    assert ("丸紅", "partnersWith", "南海化学") in found, sorted(found)


def test_stakes_taken_from_a_parent_and_a_partner_acting_with_a_unit() -> None:
    text = (
        "南海物産の発行済み全株式について、北斗HDが61・8%、西山銀行が38・2%を、"
        "南海物産の親会社であるソラ化学(東京都中央区)から取得する。"
    )
    found = edges(text)
    assert ("北斗HD", "investsIn", "南海物産") in found, sorted(found)
    assert ("西山銀行", "investsIn", "南海物産") in found, sorted(found)
    assert ("南海物産", "subsidiaryOf", "ソラ化学") in found, sorted(found)
    text = "南海化学の普通株式の14.99%を保有する北斗銀行、南海証券の株式の49%を保有する北斗証券が関わる。"
    assert ("北斗証券", "investsIn", "北斗銀行") not in edges(text)
    found = edges("北斗銀行の子会社であるさくら信託銀行と南海化学が共同で手がける。")
    assert ("南海化学", "subsidiaryOf", "北斗銀行") not in found, sorted(found)
    assert ("さくら信託銀行", "subsidiaryOf", "北斗銀行") in found, sorted(found)


def test_another_post_held_concurrently_in_parentheses() -> None:
    text = "現在は北斗HDの平野信行副社長(兼南海銀行副頭取)がミナト証券の取締役を務めている。"
    found = edges(text)
    assert ("平野信行", "worksFor", "南海銀行") in found, sorted(found)
    assert ("平野信行", "worksFor", "ミナト証券") in found, sorted(found)
    assert "兼南海銀行" not in nodes(text)
    found = nodes("南海銀行頭取の山田一郎氏は語った。")
    assert found.get("南海銀行", {}).get("type") == "Company", sorted(found)


def test_pronouns_media_and_fields_of_a_post_are_no_entities() -> None:
    texts = [
        "トランプ氏は「皆さんは驚くべきビジネスリーダーだ」と述べた。",
        "北斗電機は今月中旬、メディアの買収をにらんだ新会社の設立を決めた。",
        "日本とフィリピンの企業・政府機関の間では、覚書が交わされた。",
        "アネーク高等教育・科学・研究・イノベーション大臣と会談した。",
    ]
    for text in texts:
        found = nodes(text)
        noise = {"皆", "メディア", "政府機関", "イノベーション"} & set(found)
        assert not noise, (text, sorted(found))


def test_the_post_named_first_and_its_holder_after() -> None:
    found = edges("北斗電機の社長は山田一郎氏だ。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    found = edges("北斗電機のかじを取る山田一郎社長は語った。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)
    assert not edges("北斗電機の広報担当は山田一郎氏だ。")


def test_a_party_member_by_a_relative_clause_or_a_short_party_name_in_parentheses() -> None:
    found = edges("自民党に所属する山田一郎議員は語った。")
    assert ("山田一郎", "worksFor", "自由民主党") in found, sorted(found)
    found = edges("衆院議員の山田一郎氏(自民)は語った。")
    assert ("山田一郎", "worksFor", "自由民主党") in found, sorted(found)
    assert not edges("無所属新人の山田太郎氏が当選した。")
    for text in ("公明正大な選挙を求める。", "自民族中心主義を批判した。", "立憲主義を守る。"):
        assert not nodes(text), text


def test_a_non_profit_name_with_no_after_its_legal_form() -> None:
    found = edges("NPO法人ソラの会の代表理事、山田花子さんは語った。")
    assert ("山田花子", "leads", "ソラの会") in found, sorted(found)
    assert "ソラ" in nodes("NPO法人ソラの代表は語った。")


def test_bought_then_made_a_subsidiary_in_the_next_clause() -> None:
    found = edges("北斗電機が南海化学を買収し、子会社にする。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)
    found = edges("北斗電機は南海化学を子会社にしている。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)
    found = edges("南海化学は北斗電機グループの一員となる。")
    assert ("南海化学", "subsidiaryOf", "北斗電機グループ") in found, sorted(found)


def test_an_act_at_a_company_is_no_charge_there() -> None:
    assert not edges("北斗電機で記者会見を開いた山田一郎氏は語った。")
    found = edges("南海化学で開発を統括する佐藤次郎氏は語った。")
    assert ("佐藤次郎", "worksFor", "南海化学") in found, sorted(found)


def test_holders_of_a_company_s_shares_listed_after_the_shares_or_a_count_of_them() -> None:
    text = (
        "南海電機株をめぐっては、米運用会社のミナト・キャピタルが5.04%、"
        "米運用会社ソラ・リサーチが7.11%を保有していることなどが判明していた。"
    )
    found = edges(text)
    assert ("ソラ・リサーチ", "investsIn", "南海電機") in found, sorted(found)
    text = "北斗キャピタルが、南海電機の発行済株式数の8.14%にあたる約3億4504万株を持っていることがわかった。"
    assert ("北斗キャピタル", "investsIn", "南海電機") in edges(text)


def test_a_company_sold_to_a_buyer_described_before_it_and_one_absorbed() -> None:
    text = (
        "北斗HDは臨時取締役会で、百貨店子会社「南海百貨店」を米投資ファンドのソラ・キャピタルへ"
        "売り渡すことを決議した。"
    )
    found = edges(text)
    assert ("ソラ・キャピタル", "acquires", "南海百貨店") in found, sorted(found)
    found = edges("南海化学を事実上吸収した北斗電機を意識した発言だ。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)
    assert ("北斗商事", "acquires", "南海化学") in edges("1977年に北斗商事が南海化学を救済合併した。")
    assert not edges("北斗電機は円安の影響を吸収した。")


def test_partners_listed_before_a_kind_and_members_of_a_list_by_rank() -> None:
    text = (
        "実際、南海ファーマは北斗製薬、ソラ薬品、ミナト化学といった世界的な大手製薬会社と"
        "相次いで共同研究契約を結んだ。"
    )
    found = edges(text)
    for partner in ("北斗製薬", "ソラ薬品", "ミナト化学"):
        assert ("南海ファーマ", "partnersWith", partner) in found, sorted(found)
    text = "国内首位の北斗汽船と2位の南海汽船、3位のソラ汽船の3社は31日、共同出資会社を立ち上げると発表した。"
    found = {(s, o) for s, p, o in edges(text) if p == "partnersWith"}
    assert {("北斗汽船", "南海汽船"), ("南海汽船", "北斗汽船")} & found, sorted(found)


def test_japan_fused_before_a_foreign_name_is_its_japanese_unit() -> None:
    found = nodes("魚谷氏が日本コカ・コーラで社長を務めた。")
    assert found.get("日本コカ・コーラ", {}).get("type") == "Company", sorted(found)
    assert not [e for e in edges("魚谷氏が日本コカ・コーラで社長を務めた。") if e[1] == "basedIn"]


def test_a_company_named_by_a_katakana_word_a_business_is_sold_to() -> None:
    found = nodes("北斗電機は、スーパー事業をイズミヤに売却した。")
    assert found.get("イズミヤ", {}).get("type") == "Company", sorted(found)
    found = nodes("北斗電機はテックビューロに事業を譲渡する。")
    assert found.get("テックビューロ", {}).get("type") == "Company", sorted(found)
    assert set(nodes("北斗電機は、ブランドを売却した。")) == {"北斗電機"}


def test_a_katakana_company_whose_top_holder_or_buyer_the_text_names() -> None:
    text = "北斗電機は、東京ディズニーランドを運営するオリエンタルランドの筆頭株主という顔も持つ。"
    found = edges(text)
    assert ("北斗電機", "investsIn", "オリエンタルランド") in found, sorted(found)
    text = (
        "北斗HDは、子会社「ソラ西武」を米投資ファンドのフォートレス・インベストメント・グループへ売り渡す。"
    )
    found = edges(text)
    assert ("フォートレス・インベストメント・グループ", "acquires", "ソラ西武") in found, sorted(found)
    assert not nodes("個人株主の声を聞く。")


def test_names_listed_as_companies_are_companies() -> None:
    text = "代表団には、JFEエンジニアリング、SORATEC、IHI、日本工営など数多くの企業の代表者が名を連ねた。"
    found = nodes(text)
    assert found.get("SORATEC", {}).get("type") == "Company", sorted(found)
    found = nodes("北斗電機とEVなどの企業が参加した。")
    assert "EV" not in found and found.get("電気自動車", {}).get("type") != "Company", sorted(found)
    found = nodes("ポケットカードは伊藤忠商事、伊藤忠エネクス及びファミリーマートを引受先とする。")
    assert found.get("伊藤忠エネクス", {}).get("type") == "Company", sorted(found)
    found = nodes("北斗電機と北斗市が協定を結んだ。")
    assert found.get("北斗市", {}).get("type") == "Place", sorted(found)


def test_a_company_sold_to_a_buyer_in_the_passive() -> None:
    text = "北斗再生機構の支援先でもあった衣料副資材大手の南海化学は、今年9月に伊藤忠商事へ売却された。"
    found = edges(text)
    assert ("伊藤忠商事", "acquires", "南海化学") in found, sorted(found)
    found = edges("南海化学は、北斗電機が伊藤忠商事へ売却された後に発足した。")
    assert ("伊藤忠商事", "acquires", "南海化学") not in found, sorted(found)


def test_names_listed_as_brands_or_new_drugs_are_technologies() -> None:
    found = nodes("北斗電機は、ベコ(Beko)やグルンディッヒ(Grundig)など12のブランドを抱える。")
    assert found.get("グルンディッヒ", {}).get("type") == "Technology", sorted(found)
    assert found.get("Beko", {}).get("type") == "Technology", sorted(found)
    found = edges("北斗製薬はメマリーやリクシアナといった有望な新薬を国内で発売した。")
    assert ("北斗製薬", "develops", "リクシアナ") in found, sorted(found)
    assert "ガス" not in nodes("北斗電機はガスやエネといったサービスを売る。")


def test_a_special_purpose_company_is_no_name() -> None:
    found = nodes("北斗不動産は、ミナト社が設立するSPC(特別目的会社)に譲り渡す。")
    assert "特別目的会社" not in found, sorted(found)


def test_what_a_sale_sells_is_not_made_a_company() -> None:
    for text in (
        "北斗電機はアセットを売却した。",
        "北斗電機は、保有するビルを売却した。",
        "北斗電機はライセンスを譲渡した。",
    ):
        assert set(nodes(text)) == {"北斗電機"}, text


def test_a_company_described_as_a_provider_of_a_country() -> None:
    found = edges("北斗電機は1993年に設立された中国の大手ITプロバイダで、サービスを提供している。")
    assert ("北斗電機", "basedIn", "中国") in found, sorted(found)
    assert "ITプロバイダ" not in nodes("北斗電機は中国の大手ITプロバイダで、サービスを提供している。")
    assert not edges("北斗電機は米国で設立した子会社を売却した。")
    found = nodes("北斗電機は子会社のイズミヤを売却した。")
    assert found.get("イズミヤ", {}).get("type") == "Company", sorted(found)


def test_a_tender_offer_agreed_to_or_carried_out_is_an_acquisition() -> None:
    found = edges("南海化学は、北斗電機によるTOBに賛同を表明した。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)
    found = edges("北斗電機が南海化学に実施していたTOBが成立した。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)
    assert not edges("南海化学は、北斗電機による買収提案を拒否した。")


def test_the_present_name_in_parentheses_and_a_post_held_now() -> None:
    found = nodes("北斗銀行(現南海銀行)は増益だった。")
    assert not [n for n in found if n.startswith("現")], sorted(found)
    assert len(found) == 1 and found[next(iter(found))]["type"] == "Company", sorted(found)
    text = "北斗FG元社長として協会長を務めた前田晃伸氏(現南海電機会長)以来だ。"
    assert ("前田晃伸", "leads", "南海電機") in edges(text)


def test_the_head_of_a_company_visited_before_they_are_met() -> None:
    text = "岸田文雄首相は17日、北斗自動車の元町工場(愛知県豊田市)を訪れて視察し、山田章男社長らと懇談した。"
    found = edges(text)
    assert ("山田章男", "leads", "北斗自動車") in found, sorted(found)
    found = edges("岸田文雄首相は17日、北斗自動車を訪れ、山田章男社長らと懇談した。")
    assert ("山田章男", "leads", "北斗自動車") in found, sorted(found)


def test_a_new_chief_after_a_deal_heads_the_company_it_was_about() -> None:
    found = edges("北斗電機は南海化学を子会社化すると発表した。新社長には山田一郎氏が就く。")
    assert ("山田一郎", "leads", "南海化学") in found, sorted(found)
    found = edges("北斗電機は社長交代を発表した。新社長には山田一郎氏が就く。")
    assert ("山田一郎", "leads", "北斗電機") in found, sorted(found)


def test_a_maker_described_by_a_clause_is_not_the_topic() -> None:
    text = (
        "北斗電機は17年にはスマートフォン関連製品の受託生産を手がける"
        "深圳市長盈(チャンイン)精密技術と提携した。"
    )
    assert ("北斗電機", "develops", "スマートフォン") not in edges(text)
    found = edges("北斗電機はスマートフォンの生産を手がける。")
    assert ("北斗電機", "develops", "スマートフォン") in found, sorted(found)


def test_a_parent_named_after_its_unit_with_その_or_as_its_holding_company() -> None:
    text = "北斗HDは、南海化学と、その親会社であるソラ物産から賛同を得ることが条件になると説明した。"
    found = edges(text)
    assert ("南海化学", "subsidiaryOf", "ソラ物産") in found, sorted(found)
    assert ("北斗HD", "subsidiaryOf", "ソラ物産") not in found, sorted(found)
    found = edges("南海化学の筆頭株主は、西山物産の持株会社である北斗HDだ。")
    assert ("西山物産", "subsidiaryOf", "北斗HD") in found, sorted(found)
    found = edges("南海電機の親会社ソラHD(参画シェア51%)を筆頭に、開発した。")
    assert ("南海電機", "subsidiaryOf", "ソラHD") in found, sorted(found)


def test_a_company_made_a_subsidiary_named_with_について() -> None:
    found = edges("北斗電機は南海化学について、子会社化を完了した。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_foundation_named_in_katakana() -> None:
    found = nodes("ミナト・ファウンデーションは支援を決めた。")
    assert found.get("ミナト・ファウンデーション", {}).get("type") == "Organization", sorted(found)


def test_rivals_that_vie_chase_or_are_named_so() -> None:
    found = edges("北斗電機、南海化学、ソラ工業がしのぎを削る。")
    assert {("北斗電機", "competesWith", "南海化学"), ("北斗電機", "competesWith", "ソラ工業")} <= found, (
        found
    )
    found = edges("国内2位の南海化学は首位の北斗電機を追う。")
    assert ("南海化学", "competesWith", "北斗電機") in found, sorted(found)
    found = edges("北斗電機は、ライバルの南海化学を突き放した。")
    assert ("北斗電機", "competesWith", "南海化学") in found, sorted(found)
    assert not edges("北斗電機は南海化学を追い出した。")


def test_a_security_company_by_its_ending() -> None:
    assert nodes("北斗警備保障は増益だった。").get("北斗警備保障", {}).get("type") == "Company"
    assert not nodes("警備保障の需要が高まる。")
    assert nodes("ペットフード大手の北斗ペットは増益だった。").get("北斗ペット", {}).get("type") == "Company"
    assert not nodes("業界大手の新サービスは好評だ。")


def test_an_issue_answered_is_an_investment() -> None:
    found = edges("北斗電機は、南海化学が実施する増資に応じる。")
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)


def test_a_core_unit_and_a_company_all_of_whose_shares_another_holds() -> None:
    found = edges("南海化学は北斗電機の中核事業会社で、部品を作る。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)
    found = edges("北斗電機が全株を持つ南海化学は増益だった。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_the_head_of_the_body_the_sentence_before_was_about() -> None:
    found = edges("NPO法人ソラの会は活動を広げている。代表の山田花子さんは語った。")
    assert ("山田花子", "leads", "ソラの会") in found, sorted(found)
    found = edges("北斗財団は支援を決めた。南海電機の山田一郎社長は語った。")
    assert ("山田一郎", "leads", "北斗財団") not in found, sorted(found)


def test_a_description_of_the_name_after_it_is_not_the_subjects() -> None:
    found = edges("北斗商事は中国の配車アプリ最大手である南海出行と提携する。")
    assert ("北斗商事", "basedIn", "中国") not in found, sorted(found)
    found = edges("北斗物産は、米国のケーブル会社であるリバティ・グローバルから株式を引き受ける。")
    assert ("リバティ・グローバル", "basedIn", "米国") in found, sorted(found)
    assert ("北斗物産", "basedIn", "米国") not in found, sorted(found)
    found = edges("南海エナジーはロシアの国営ガス会社である。")
    assert ("南海エナジー", "basedIn", "ロシア") in found, sorted(found)


def test_a_place_before_a_body_with_its_legal_form() -> None:
    found = edges("北斗会は札幌市の社会医療法人南海会を吸収合併した。")
    assert ("南海会", "basedIn", "札幌市") in found, sorted(found)


def test_a_post_left_was_held_but_not_one_someone_was_made_to_leave() -> None:
    found = edges("北斗物産のCEOを退く意向を示した山田一郎氏は語った。")
    assert ("山田一郎", "leads", "北斗物産") in found, sorted(found)
    found = edges("山田一郎氏は北斗物産の取締役を辞任した。")
    assert ("山田一郎", "worksFor", "北斗物産") in found, sorted(found)
    found = edges("南海化学は、北斗物産の取締役を辞任させた山田一郎氏を訴えた。")
    assert ("山田一郎", "worksFor", "北斗物産") not in found, sorted(found)


def test_units_counted_and_a_core_unit_named_first() -> None:
    found = edges("北斗電機は、北斗電子(上海)、南海化学、北斗テクノシステムなど10社の子会社を抱えている。")
    assert {("北斗電子", "subsidiaryOf", "北斗電機"), ("南海化学", "subsidiaryOf", "北斗電機")} <= found, (
        sorted(found)
    )
    found = edges("北斗銀行を中核とする北斗フィナンシャルグループは増益だった。")
    assert ("北斗銀行", "subsidiaryOf", "北斗フィナンシャルグループ") in found, sorted(found)


def test_a_company_glossed_with_its_chief_before_its_head_office() -> None:
    found = nodes("北斗商事と、南海モータース(伊藤浩社長、兵庫県明石市)は提携した。")
    assert found.get("南海モータース", {}).get("type") == "Company", sorted(found)
    found = edges("北斗商事は南海空調(デビッド・W・バジンスキー最高経営責任者、東京都港区)も取得する。")
    assert ("南海空調", "basedIn", "港区") in found, sorted(found)
    found = nodes("投資家の孫正義(ソフトバンク社長、東京都)は語った。")
    assert found.get("孫正義", {}).get("type") == "Person", sorted(found)


def test_a_joint_actor_before_a_relative_clause_acts_too() -> None:
    found = edges("北斗電機は18日、南海化学と共同で、大会の運営を手掛ける「ソラ物産」を買収すると発表した。")
    assert {("北斗電機", "acquires", "ソラ物産"), ("南海化学", "acquires", "ソラ物産")} <= found, sorted(
        found
    )
    found = edges("北斗電機は、南海化学と共同で、新素材を開発し、ソラ物産を買収した。")
    assert ("南海化学", "acquires", "ソラ物産") not in found, sorted(found)


def test_a_gloss_with_a_place_and_a_chief_is_read_past() -> None:
    found = edges(
        "北斗電機(長崎県長与町、吉田茂視社長)は1日、南海化学(佐賀市、楠田安正社長)の全株式を取得した。"
    )
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)


def test_a_quoted_name_after_a_company_is_its_product_unless_said_otherwise() -> None:
    found = edges("北斗電機の「ソラ」と南海化学の「ミナト」は人気だ。")
    assert {("北斗電機", "develops", "ソラ"), ("南海化学", "develops", "ミナト")} <= found, sorted(found)
    for text in (
        "北斗電機の「ソラ」計画が始まる。",
        "北斗電機の「挑戦は続く」という言葉。",
        "北斗電機の「ソラ」店で売る。",
    ):
        assert "ソラ" not in nodes(text) and "挑戦は続く" not in nodes(text), text


def test_partners_before_a_relative_clause_on_the_cue() -> None:
    found = edges(
        "北斗電機は2018年11月、南海化学、ソラ物産との間で、インドにおける事業性を検討する協業を決めたと発表した。"
    )
    assert {("北斗電機", "partnersWith", "南海化学"), ("北斗電機", "partnersWith", "ソラ物産")} <= found, (
        sorted(found)
    )


def test_a_headline_topic_may_be_described() -> None:
    found = edges("業界2位の北斗電機、「小さなお葬式」のソラ物産を買収")
    assert ("北斗電機", "acquires", "ソラ物産") in found, sorted(found)


def test_a_relative_clause_reporting_a_deal_describes_its_object() -> None:
    found = edges("北斗電機が10月24日に子会社化を発表した南海化学は、葬儀事業を営む。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert not edges("北斗電機は子会社化を発表した。南海化学は増益だった。")


def test_shares_a_clause_says_are_bought_are_a_stake_and_own_shares_no_ones() -> None:
    found = edges(
        "北斗電機が取得する南海化学の株式は約1079千株、南海化学が取得する北斗電機の株式は約1524千株となる。"
    )
    assert {("北斗電機", "investsIn", "南海化学"), ("南海化学", "investsIn", "北斗電機")} <= found, sorted(
        found
    )
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)
    found = edges(
        "南海物産はTOBで北斗電機株の約56%を取得し、南海化学が持つ残りの約44%は、北斗電機が自己株取得の形で買い取る。"
    )
    assert ("北斗電機", "acquires", "南海物産") not in found, sorted(found)


def test_a_real_estate_investment_trust_by_its_form() -> None:
    found = nodes("北斗物産はミナトロジファンド投資法人に物件を供給する。")
    assert found.get("ミナトロジファンド投資法人", {}).get("type") == "Company", sorted(found)
    assert not nodes("外国投資法人の動きが活発だ。")


def test_officers_listed_from_an_organisation_each_keep_their_post() -> None:
    found = edges("南海自は、北斗電機から川口均専務執行役員と軽部博社長を取締役として迎える。")
    assert {("川口均", "worksFor", "北斗電機"), ("軽部博", "leads", "北斗電機")} <= found, sorted(found)
    found = edges("南海自は、北斗電機から川口均社長と軽部博氏を迎える。")
    assert not any(e[0] == "軽部博" for e in found), sorted(found)


def test_a_post_taken_by_another_organisations_officer() -> None:
    found = edges("南海化学の社長に就いた北斗物産の林克弘副社長はコメントを出した。")
    assert {("林克弘", "leads", "南海化学"), ("林克弘", "worksFor", "北斗物産")} <= found, sorted(found)


def test_a_tender_offer_made_on_its_target() -> None:
    found = edges("北斗電機は南海化学にTOBを実施する。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)


def test_a_passive_takeover_decided_or_describing_the_name_after_it() -> None:
    found = edges("北斗物産は南海化学によって買収されることが決まった。")
    assert ("南海化学", "acquires", "北斗物産") in found, sorted(found)
    found = edges("北斗電機は、南海化学によって買収されたソラ物産と提携した。")
    assert ("南海化学", "acquires", "ソラ物産") in found, sorted(found)
    assert ("南海化学", "acquires", "北斗電機") not in found, sorted(found)


def test_a_listed_unit_held() -> None:
    found = edges("南海化学は北斗電機が保有する上場子会社で、自動車事業を手がける。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_tender_offers_bidder_is_never_carried_from_the_sentence_before() -> None:
    assert not edges("北斗電機は株主総会を開いた。南海化学にTOBを実施する。")


def test_a_unit_written_after_its_country_and_companies_that_set_up_a_holding_company() -> None:
    found = edges("北斗HDは、米国子会社ソラ・ライフ・コーポレーション(ソラ社)が事業を買収すると発表した。")
    assert ("ソラ・ライフ・コーポレーション", "subsidiaryOf", "北斗HD") in found, sorted(found)
    found = edges("北斗FGは、北斗銀行と南海銀行の2行が設立した持ち株会社だ。")
    assert {("北斗銀行", "subsidiaryOf", "北斗FG"), ("南海銀行", "subsidiaryOf", "北斗FG")} <= found, sorted(
        found
    )


def test_a_dated_report_of_a_deal_past_commas_names_a_company() -> None:
    found = nodes(
        "北斗スポーツは18日、南海化学と共同で、大会の運営を手掛ける「ソラ物産」を買収すると発表した。"
    )
    assert found.get("北斗スポーツ", {}).get("type") == "Company", sorted(found)
    assert "北斗スポーツ" not in nodes("北斗スポーツは18日、決算を発表し、南海化学は、ソラ物産を買収した。")


def test_a_shareholder_named_after_a_date() -> None:
    found = edges("南海商事の筆頭株主は今年3月末時点で北斗自動車で、持ち株比率は21.8%。")
    assert ("北斗自動車", "investsIn", "南海商事") in found, sorted(found)


def test_a_bracketed_header_names_the_company_of_a_title() -> None:
    found = edges("【北斗興産】創業家の山田一郎社長と、筆頭株主の南海商事が対立した。")
    assert ("山田一郎", "leads", "北斗興産") in found, sorted(found)


def test_a_company_whose_thing_the_sentence_before_was_about() -> None:
    found = edges("北斗電機は新工場を建てた。南海化学の新工場では、部品を作る。田中一郎社長は語った。")
    assert ("田中一郎", "leads", "南海化学") in found, sorted(found)
    assert ("田中一郎", "leads", "北斗電機") not in found, sorted(found)


def test_a_name_opening_a_quoted_item_does_not_type_the_list() -> None:
    found = nodes(
        "今後の運営に関しても、「経営の独立性」「一体性の維持」「北斗電機の技術の保持」の各点で賛同を取り付けた。"
    )
    assert "一体性の維持" not in found and "経営の独立性" not in found, sorted(found)


def test_a_word_another_verb_takes_is_no_deal_object() -> None:
    assert "スピード" not in nodes("成長のスピードを重んじるなら今回の提携が最も適切だと判断した。")
    assert "タクシー" not in nodes("北斗交通は、タクシーの配車サービスでの提携をめざして協議している。")


def test_a_press_office_is_not_part_of_the_name() -> None:
    found = nodes("ANA広報によると、株式の売却を検討している。")
    assert "ANA広報" not in found, sorted(found)


def test_a_present_name_the_model_reads_with_its_mark() -> None:
    found = nodes("8月に北斗工作機械(現・日本電産マシンツール)を買収したのに続き、OKKを買収する。")
    assert found.get("日本電産マシンツール", {}).get("type") == "Company", sorted(found)
    assert "現・日本電産マシンツール" not in found, sorted(found)


def test_a_career_line_names_the_university_and_the_company_joined() -> None:
    found = nodes("1986年一橋大法卒、同年北斗電機入社。")
    assert found.get("一橋大", {}).get("type") == "Organization", sorted(found)
    assert found.get("北斗電機", {}).get("type") == "Company", sorted(found)
    assert "一橋大" in nodes("86年(昭61)一橋大法卒、同年入社。")


def test_a_cooperative_needs_a_name_not_a_description() -> None:
    assert not nodes("地元農協が反対した。")


def test_funded_in_full_is_said_of_the_parent_only() -> None:
    found = edges("北斗電機は、100%出資する南海化学の子会社であるソラ工業を売却した。")
    assert ("南海化学", "investsIn", "ソラ工業") not in found, sorted(found)
    assert ("北斗電機", "subsidiaryOf", "南海化学") not in found, sorted(found)
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)


def test_a_base_for_one_activity_is_no_home() -> None:
    found = edges("北斗電機は名古屋を拠点に営業を強化する。")
    assert ("北斗電機", "basedIn", "名古屋市") not in found, sorted(found)


def test_a_reading_after_a_name_is_no_part_of_it() -> None:
    text = "北斗銀行は12日、辞任する意向を示していた安達健祐(けんゆう)社長(65)の後任を決めた。"
    assert ("安達健祐", "leads", "北斗銀行") in edges(text)
    assert "安達健祐(けんゆう)" not in nodes(text)


def test_posts_written_after_equals_belong_to_the_person() -> None:
    text = "北斗電機は23日、高橋修司=取締役・専務執行役員を4月1日付で社長に昇格させる人事を発表した。"
    assert ("高橋修司", "leads", "北斗電機") in edges(text)


def test_the_agent_of_a_bid_is_not_its_target() -> None:
    found = edges("北斗電機は7月25日、南海化学による2回目のTOBが成立したと発表した。")
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)
    assert ("北斗電機", "competesWith", "南海化学") in edges("北斗電機は南海化学にとって手ごわい競合となる。")


def test_a_post_claimed_by_another_company_is_not_the_next_ones() -> None:
    found = edges("北斗電機は、2社を西山一郎社長の南海商事に譲渡する。")
    assert ("西山一郎", "leads", "北斗電機") not in found, sorted(found)
    found = edges("南海化学の西山一郎社長の北斗電機訪問が決まった。")
    assert ("西山一郎", "leads", "北斗電機") not in found, sorted(found)


def test_a_particle_before_a_listed_name_is_no_part_of_it() -> None:
    found = nodes("北斗ホールディングス <9999> とソラスポーツ <9998> は16日、提携を発表した。")
    assert "ソラスポーツ" in found and "とソラスポーツ" not in found, sorted(found)


def test_a_partys_side_is_not_part_of_its_name() -> None:
    found = nodes("西田健一社長を含めた大西屋HD側の取締役5人について、解任を求めた。")
    assert "大西屋HD側" not in found, sorted(found)


def test_a_surname_is_no_short_form_of_a_company() -> None:
    found = nodes(
        "(株)西山ホールディングス(西山氏が社長を務める南海化学の持ち株会社)に株式を売却する。南海化学の西山会長は語った。"
    )
    assert found.get("西山ホールディングス", {}).get("type") == "Company", sorted(found)


def test_one_of_a_family_called_by_the_given_name() -> None:
    found = nodes("長男の西山知裕氏は反対した。知裕氏は語った。")
    assert "西山知裕" in found and "知裕" not in found, sorted(found)


def test_a_legal_form_before_a_name_keeps_a_list_together() -> None:
    found = edges(
        "株式会社北斗HDは26日、連結子会社の株式会社南海化学と株式会社ソラ工業を、西山商事に譲渡すると明らかにした。"
    )
    assert ("ソラ工業", "subsidiaryOf", "北斗HD") in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗HD") in found, sorted(found)


def test_a_post_goes_to_the_relative_not_to_whose_kin_they_are() -> None:
    found = edges(
        "ソラ商事で代表を務めるのは、北斗電機中興の祖とされる山田一郎氏の孫にあたる山田次郎氏で、同社は筆頭株主だった。"
    )
    assert ("山田次郎", "leads", "ソラ商事") in found, sorted(found)
    assert ("山田一郎", "leads", "ソラ商事") not in found, sorted(found)


def test_a_shareholder_named_after_the_word_is_the_holder() -> None:
    found = edges(
        "北斗電機は、南海HD株式会社の筆頭株主「ソラキャピタル株式会社」による公開買付に賛同すると発表した。"
    )
    assert ("北斗電機", "investsIn", "南海HD") not in found, sorted(found)


def test_a_gloss_may_close_its_place_with_a_full_stop() -> None:
    found = edges("北斗電機は、いま話題の大手「南海化学」(東京都中央区。西山一郎会長)の傘下にあった。")
    assert ("南海化学", "basedIn", "中央区") in found, sorted(found)
    assert ("西山一郎", "leads", "南海化学") in found, sorted(found)
    assert ("北斗電機", "subsidiaryOf", "南海化学") in found, sorted(found)
    assert ("西山一郎", "leads", "北斗電機") not in found, sorted(found)


def test_a_merger_of_two_is_a_partnership_and_an_absorption_a_takeover() -> None:
    assert ("南海銀行", "partnersWith", "北斗銀行") in edges(
        "南海銀行は北斗銀行との合併で最終調整に入っている。"
    )
    found = edges("北斗銀行は南海銀行を吸収合併する。")
    assert ("北斗銀行", "acquires", "南海銀行") in found, sorted(found)
    assert ("北斗銀行", "partnersWith", "南海銀行") not in found, sorted(found)


def test_no_firm_without_a_name() -> None:
    assert not nodes("大手法律事務所が動いた。")


def test_an_adviser_works_for_the_company_and_does_not_lead_it() -> None:
    found = edges("日本商工会議所の小林健会頭(三菱商事相談役)らが席に着いた。")
    assert ("小林健", "worksFor", "三菱商事") in found, sorted(found)
    assert ("小林健", "leads", "三菱商事") not in found, sorted(found)
    found = edges("北斗メディアHDは27日、日枝久取締役相談役が6月の定時株主総会を経て退くと発表した。")
    assert ("日枝久", "worksFor", "北斗メディアHD") in found, sorted(found)


def test_a_merger_called_off_is_no_partnership() -> None:
    found = edges("南海信託は、北斗信託との合併が破談となった西山信託の買収にも意欲を示している。")
    assert not any(p == "partnersWith" for _, p, _ in found), sorted(found)


def test_a_chief_glossed_after_an_unfound_name_is_no_one_elses() -> None:
    found = edges(
        "北斗電機は南海化学を買収した。眼鏡枠を手がける福井めがね工業(本社福井県鯖江市北野町2丁目、田畑周徳社長)が、傘下に入った。"
    )
    # the glossed name is found now (a place, a hiragana noun, then 工業): the chief is its, no one else's
    assert not any(s == "田畑周徳" and o != "福井めがね工業" for s, _, o in found), sorted(found)
    found = edges("北斗電機は中国で出店を強める。「出店の余地は大きい」(渡辺貴生社長)と判断した。")
    assert ("渡辺貴生", "leads", "北斗電機") in found, sorted(found)


def test_a_hiragana_name_starts_after_a_particle_and_a_verb() -> None:
    found = nodes("昨年は「家族葬のソラ」のきずなホールディングスを買収した。")
    assert "きずなホールディングス" in found and "のきずなホールディングス" not in found, sorted(found)
    found = nodes("坂井氏の出身母体ともいえるみずほ証券の副社長でもある。")
    assert "みずほ証券" in found and "いえるみずほ証券" not in found, sorted(found)


def test_a_stake_word_is_no_holder() -> None:
    found = nodes(
        "北斗電機は南海化学株の追加取得を進め、保有割合が20.02%となって、議決権比率が20%を上回った。"
    )
    assert "議決権比率" not in found and "保有割合" not in found, sorted(found)


def test_what_a_deal_is_about_is_a_party() -> None:
    text = "北斗HDは7日、福利厚生を手掛けるミナトリンクについて、公開買い付け(TOB)に踏み切ると発表した。"
    assert nodes(text).get("ミナトリンク", {}).get("type") == "Company"
    assert ("北斗HD", "acquires", "ミナトリンク") in edges(text)
    assert not nodes(
        "同市は自らが出資する25の第3セクターについて、民間への譲渡や廃止も含めた方向性を決める。"
    )


def test_a_name_with_an_acronym_is_no_person() -> None:
    found = nodes("ジェームズ・ダニエルズ・ミッドランド(JDM)が出資した。")
    assert found.get("ジェームズ・ダニエルズ・ミッドランド", {}).get("type") == "Company", sorted(found)


def test_some_shares_bought_for_a_price_are_a_stake() -> None:
    found = edges("北斗電機はソラHDの株式660万株を1023億円で取得する。")
    assert ("北斗電機", "investsIn", "ソラHD") in found, sorted(found)
    assert ("北斗電機", "acquires", "ソラHD") not in found, sorted(found)
    assert ("北斗電機", "acquires", "ソラHD") in edges("北斗電機はソラHDの全株式を1023億円で取得する。")


def test_a_unit_read_from_context_is_not_said_of_an_anaphor() -> None:
    found = edges(
        "北斗電機と南海化学は経営統合する。共同持ち株会社を新たに設け、両社がその傘下に入る。"
        "07年3月までには、傘下の両社を事業ごとの会社に組み替える計画だ。"
    )
    assert not any(p == "subsidiaryOf" for _, p, _ in found), sorted(found)


def test_a_chief_after_a_colon_needs_no_space() -> None:
    found = nodes(
        "北斗電機は、南海化学を、株式会社ソラ商事(代表取締役:髙野友梨)に事業譲渡すると明らかにした。"
    )
    assert found.get("髙野友梨", {}).get("type") == "Person", sorted(found)


def test_a_thing_of_a_company_is_not_part_of_its_name() -> None:
    found = nodes(
        "公開買付後のトゥエンティーフォーセブンの経営体制では、現代表取締役社長の小島氏がそのまま残る。"
    )
    assert "トゥエンティーフォーセブンの経営体制" not in found, sorted(found)


def test_a_parent_named_before_the_copula_is_the_parent() -> None:
    found = edges("買い手は、南海化学の親会社にあたるミナトホールディングスだ。")
    assert ("南海化学", "subsidiaryOf", "ミナトホールディングス") in found, sorted(found)
    found = edges(
        "南海ドラッグは11月29日、北斗HDの完全親会社の株式33.4%(668万株)について、"
        "米ファンド・ベインキャピタルが投資助言を手がける投資ファンドから取得すると発表した。"
    )
    assert not any(p == "subsidiaryOf" for _, p, _ in found), sorted(found)


def test_a_hiragana_name_before_its_legal_form_or_with_its_chief() -> None:
    assert nodes("北斗HDは、そよかぜ株式会社と提携した。").get("そよかぜ", {}).get("type") == "Company"
    found = nodes("北斗電機は、ぺんてる(高橋智和社長)の全株式を譲渡する。")
    assert found.get("ぺんてる", {}).get("type") == "Company", sorted(found)
    assert "それから" not in nodes("北斗電機は、それから(高橋智和社長)の全株式を譲渡する。")


def test_a_company_after_the_ken_of_another_post() -> None:
    text = "取締役会議長には北斗電機常務執行役員兼南海化学CEOの西山太郎氏が就く。"
    found = edges(text)
    assert ("西山太郎", "leads", "南海化学") in found, sorted(found)
    assert ("西山太郎", "worksFor", "北斗電機") in found, sorted(found)


def test_a_successor_of_a_person_made_to_resign() -> None:
    found = edges(
        "北斗電機は、山田一郎社長(71)を辞任させ、元総務相の西山次郎氏(68)を後任に充てる人事を固めた。"
    )
    assert ("西山次郎", "leads", "北斗電機") in found, sorted(found)


def test_a_base_before_a_company_it_describes_is_that_companys() -> None:
    found = edges("北斗薬品は、新潟県を地盤とするドラッグストアの南海薬局(新潟市)を買収する。")
    assert ("南海薬局", "basedIn", "新潟県") in found, sorted(found)
    assert ("北斗薬品", "basedIn", "新潟県") not in found, sorted(found)
    assert ("北斗銀行", "basedIn", "福島県") in edges("北斗銀行は福島県を地盤とする地方銀行だ。")


def test_a_bare_minister_title_inside_a_word_is_no_post() -> None:
    found = nodes("北斗HDは現在、受変電設備、調相設備、制御システムなどを扱う。")
    assert "調" not in found, sorted(found)
    assert nodes("林外相と茂木経産相が会談した。").get("林", {}).get("type") == "Person"


def test_a_description_before_a_middle_dot_is_no_part_of_the_name() -> None:
    found = nodes("北斗HDは、大阪の乳関連卸・ミナトヤ(本社・大阪府高槻市、浦上忠社長)と資本提携を結ぶ。")
    assert "ミナトヤ" in found and "乳関連卸・ミナトヤ" not in found, sorted(found)


def test_a_unit_described_after_a_comma_is_not_the_topic() -> None:
    found = edges(
        "北斗HDはこれに加えて、南海化学の子会社で、関西においてアイスクリームなど冷菓を専門とする"
        "卸事業を営むミナト工業(大阪市)の買収も行う。"
    )
    assert ("北斗HD", "subsidiaryOf", "南海化学") not in found, sorted(found)
    assert ("ミナト工業", "subsidiaryOf", "南海化学") in found, sorted(found)


def test_units_brought_into_the_group_by_a_count() -> None:
    found = edges("北斗HDは、南海化学とミナト工業の株式100%を取得し、2社をグループに加えたと発表した。")
    assert ("南海化学", "subsidiaryOf", "北斗HD") in found, sorted(found)
    assert ("ミナト工業", "subsidiaryOf", "北斗HD") in found, sorted(found)
    assert ("北斗HD", "acquires", "南海化学") in found, sorted(found)
    found = edges("北斗HDは7月31日付で南海化学の株式90%を取得し、同社をグループの傘下に収めた。")
    assert ("南海化学", "subsidiaryOf", "北斗HD") in found, sorted(found)


def test_a_ranked_shareholder_is_a_holder() -> None:
    assert ("西山銀行", "investsIn", "北斗電機") in edges("西山銀行は北斗電機の第2位株主でもある。")


def test_an_agent_named_before_a_nominal_deal_is_its_subject() -> None:
    found = edges("北斗HDは南海HDと経営統合する。ミナト商事による南海HDへのTOBは、株式交換の後に始める予定。")
    assert ("ミナト商事", "acquires", "南海HD") in found, sorted(found)
    assert ("北斗HD", "acquires", "南海HD") not in found, sorted(found)


def test_a_parents_unit_doing_something_is_not_the_topic() -> None:
    found = edges("北斗HDは、南海化学の子会社が手がけている事業を買収すると発表した。")
    assert ("北斗HD", "subsidiaryOf", "南海化学") not in found, sorted(found)


def test_support_withdrawn_is_no_support() -> None:
    found = edges("南海化学が北斗HDによるTOBへの賛同を取り消したことから、TOBの成立は難しい。")
    assert not any(p == "supports" for _, p, _ in found), sorted(found)


def test_a_former_group_company_is_no_unit() -> None:
    found = edges("今後は、南海化学やミナト工業の元のグループ会社である北斗電機、西山商事との連携も進める。")
    assert not any(p == "subsidiaryOf" for _, p, _ in found), sorted(found)


def test_a_post_spelled_out_in_parentheses_is_no_company() -> None:
    found = nodes("北斗電機では、山田太郎代表取締役COOが社長兼CEO(代表経営責任者)に昇格する。")
    assert "代表経営責任者" not in found, sorted(found)


def test_a_post_taken_long_ago_describes_the_person() -> None:
    found = edges(
        "1988年に北斗テレビの社長に就いて以来、長く経営に携わってきた山田一郎氏に対する批判も強まっていた。"
    )
    assert ("山田一郎", "leads", "北斗テレビ") in found, sorted(found)


def test_a_takeover_by_tender_offer_is_an_investment_too() -> None:
    found = edges("北斗HDは、南海化学にTOBを実施し、子会社化すると発表した。")
    assert ("北斗HD", "acquires", "南海化学") in found, sorted(found)
    assert ("北斗HD", "investsIn", "南海化学") in found, sorted(found)
    found = edges("北斗HDは、南海化学を買収すると発表した。")
    assert ("北斗HD", "investsIn", "南海化学") not in found, sorted(found)


def test_a_majority_of_issued_shares_bought_for_a_price_is_a_takeover() -> None:
    found = edges(
        "北斗HDがソラ興業の発行済み株式の51%を約15億ドル(約1830億円)で取得し、経営権を握ると発表した。"
    )
    assert ("北斗HD", "acquires", "ソラ興業") in found, sorted(found)
    found = edges("北斗HDはソラ興業の株式の5%を10億円で取得する。")
    assert ("北斗HD", "acquires", "ソラ興業") not in found, sorted(found)


def test_an_alternative_that_binds_no_subject_is_named_as_the_rules_error() -> None:
    from kg.errors import KgError
    from kg.relations.patterns import _bound
    from kg.rules import PatternRule

    rule = PatternRule(id="subsidiaryOf.example", predicate="subsidiaryOf", regex="{CO:s}と{CO:o}|{CO:o2}")
    assert _bound({"s": None, "o": None, "o2": "3"}, "o", rule) == 3
    with pytest.raises(KgError, match="subsidiaryOf.example"):
        _bound({"s": None, "o": None, "o2": "3"}, "s", rule)


def test_a_dotted_name_before_a_post_held_by_the_next_person_is_an_organisation() -> None:
    text = "取締役CEOはミナト・メディアCEOのジェリー・ブルマン氏が兼ねる。"
    assert nodes(text).get("ミナト・メディア", {}).get("type") == "Company", sorted(nodes(text))
    assert ("ジェリー・ブルマン", "leads", "ミナト・メディア") in edges(text)
    assert nodes("ジョン・スミスCEOは語った。").get("ジョン・スミス", {}).get("type") == "Person"


def test_a_label_before_an_alias_in_parentheses_is_no_part_of_it() -> None:
    text = (
        "米ミナト・エレクトリック(ME)傘下の消費者金融大手、南海化学(ブランド名・レイク)について、"
        "北斗銀行は11日、5800億円で買収すると発表した。"
    )
    found = edges(text)
    assert ("北斗銀行", "acquires", "南海化学") in found, sorted(found)
    assert "ブランド名・レイク" not in nodes(text)


def test_a_company_sold_to_a_buyer_with_uru() -> None:
    found = edges("北斗製薬は、インドの南海製薬をソラファーマに売り、新薬に立ち返った。")
    assert ("ソラファーマ", "acquires", "南海製薬") in found, sorted(found)
    assert not edges("北斗電機は売上高を伸ばし、南海化学に売り上げで並んだ。")


def test_a_company_obtained_is_acquired() -> None:
    found = edges("北斗電機は、南海化学を手に入れることで、事業を広げる。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)


def test_a_product_brought_into_being_is_developed() -> None:
    text = (
        "北斗電機は1913年に国産初の腕時計「ローレル」を発表し、"
        "69年には世界初のクオーツ式腕時計「アストロン」を生み出した。"
    )
    assert ("北斗電機", "develops", "アストロン") in edges(text), sorted(edges(text))


def test_no_subject_for_uses_from_a_name_inside_another_clause() -> None:
    found = edges("新型車は北斗電機の基盤を採用し、運転支援システムには南海化学が手がける半導体を使う。")
    assert ("南海化学", "develops", "半導体") in found, sorted(found)
    assert ("南海化学", "uses", "半導体") not in found, sorted(found)


def test_an_abbreviation_that_ends_a_gloss_is_an_alias() -> None:
    found = nodes("北斗HD(平林朗社長、HHH)は、南海化学を子会社化した。HHHは3月に増資を引き受けた。")
    assert "HHH" not in found, sorted(found)
    assert "HHH" in found["北斗HD"]["aliases"], found["北斗HD"]


def test_a_dash_written_for_a_hyphen_stays_inside_a_latin_name() -> None:
    text = "3PL大手のAB―CD丸和ホールディングス(HD)が、南海化学に対して買収を提案した。"
    assert "AB―CD丸和ホールディングス" in nodes(text), sorted(nodes(text))
    found = nodes("社長には現F―LINEと九州F―LINEの深山社長が就く予定だ。")
    assert "LINE" not in found, sorted(found)
    assert {"北斗電機", "南海化学"} <= set(nodes("北斗電機―南海化学、提携へ"))


def test_a_nationality_before_a_longer_description_gives_the_base() -> None:
    found = edges("独小売り大手ミナト・グループは南海化学を買収した。")
    assert ("ミナト・グループ", "basedIn", "ドイツ") in found, sorted(found)
    found = edges("米ベンチャーキャピタルのソラ・パートナーズが出資した。")
    assert ("ソラ・パートナーズ", "basedIn", "米国") in found, sorted(found)
    assert not [e for e in edges("北米事業を率いるソラ・パートナーズが出資した。") if e[1] == "basedIn"]


def test_the_targets_a_deal_sentence_lists_after_the_deal() -> None:
    text = (
        "北斗電機は28日、ミナトからIT部門を買い取ることで合意した。"
        "買収の対象は、ミナトシステムズとミナトサービシズの2社だ。"
    )
    found = edges(text)
    assert ("北斗電機", "acquires", "ミナトシステムズ") in found, sorted(found)
    assert ("北斗電機", "acquires", "ミナトサービシズ") in found, sorted(found)
    # a purchase is no unit's making
    assert ("ミナトシステムズ", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    # what is bought, not a list of targets: a survey's object
    assert not [
        e
        for e in edges("北斗電機は新製品を発表した。調査の対象は、南海化学とミナト精機の2社だ。")
        if e[1] == "acquires"
    ]


def test_a_subsidiary_held_wholly_is_written_100_percent() -> None:
    text = "北斗製紙(株)100%子会社の北斗不動産(株)が出資した。"
    assert ("北斗不動産", "subsidiaryOf", "北斗製紙") in edges(text), sorted(edges(text))
    assert "100" not in nodes(text), sorted(nodes(text))


def test_a_company_in_a_persons_gloss_before_a_post() -> None:
    found = edges("新社長には島袋修氏(第一港運社長)が就く。")
    assert ("島袋修", "leads", "第一港運") in found, sorted(found)
    assert nodes("新社長には島袋修氏(第一港運社長)が就く。")["第一港運"]["type"] == "Company"
    # another person's kin in the gloss: still a person
    assert nodes("鈴木一郎氏(西山次郎社長の長男)が就く。")["西山次郎"]["type"] == "Person"


def test_a_second_officer_listed_with_a_comma_before_another_company() -> None:
    text = "記念撮影に臨む(左から)北斗電機の島田和幸社長、池森賢二会長、南海化学の磯崎功典社長。"
    found = edges(text)
    assert ("池森賢二", "leads", "北斗電機") in found, sorted(found)
    assert ("池森賢二", "leads", "南海化学") not in found, sorted(found)
    found = edges("北斗電機の島田和幸社長、南海化学の磯崎功典社長が会見した。")
    assert ("磯崎功典", "leads", "北斗電機") not in found, sorted(found)


def test_the_parent_named_before_its_shares() -> None:
    found = edges("北斗電機は、南海化学の完全親会社であるミナトHDの株式の35%を取得する。")
    assert ("南海化学", "subsidiaryOf", "ミナトHD") in found, sorted(found)
    assert ("北斗電機", "subsidiaryOf", "ミナトHD") not in found, sorted(found)
    assert ("北斗電機", "investsIn", "ミナトHD") in found, sorted(found)


def test_a_minority_stake_bought_together_with_another_company() -> None:
    found = edges(
        "北斗電機は7日、スペインの「ソラ・カンパニー」の発行済み株式25%を南海商事と共同で取得した。"
    )
    assert ("北斗電機", "investsIn", "ソラ・カンパニー") in found, sorted(found)
    assert ("南海商事", "investsIn", "ソラ・カンパニー") in found, sorted(found)
    assert ("北斗電機", "acquires", "ソラ・カンパニー") not in found, sorted(found)


def test_the_kind_of_a_unit_before_its_name_is_no_company() -> None:
    text = (
        "北斗電機はソラ技研と、子会社のインテグレータであるミナトソリューションズ(MS)の事業を統合する考えだ。"
    )
    assert "インテグレータ" not in nodes(text), sorted(nodes(text))
    assert ("ミナトソリューションズ", "subsidiaryOf", "北斗電機") in edges(text), sorted(edges(text))


def test_companies_listed_with_an_unfound_partner_are_not_each_others() -> None:
    text = "ただ、北斗電機と南海化学、ミナト精機はソフトウェア開発でFPTと契約を結んでいる。"
    assert not [e for e in edges(text) if e[1] == "partnersWith"], sorted(edges(text))
    assert not [e for e in edges("北斗電機と南海化学は、他社と提携した。") if e[1] == "partnersWith"]
    assert ("南海化学", "partnersWith", "北斗電機") in edges("北斗電機と南海化学は契約を結んだ。")


def test_a_country_unit_of_a_body_the_text_did_not_find_is_not_the_topics() -> None:
    text = "北斗鉄道と南海商事は10日、オランダ国鉄の英国子会社ミナト・トランスポート・グループと手を組んだ。"
    found = edges(text)
    assert ("ミナト・トランスポート・グループ", "subsidiaryOf", "南海商事") not in found, sorted(found)
    found = edges("北斗電機は、英国子会社のミナト・トランスポートを通じて買収する。")
    assert ("ミナト・トランスポート", "subsidiaryOf", "北斗電機") in found, sorted(found)


def test_a_country_inside_the_next_members_description_keeps_the_list() -> None:
    text = (
        "ミナトホールディングスは、日本最大の化粧品ODM企業であるミナト株式会社と、"
        "中国の生産会社であるソラ化学を傘下に抱える持株会社だ。"
    )
    found = edges(text)
    assert ("ミナト", "subsidiaryOf", "ミナトホールディングス") in found, sorted(found)
    assert ("ソラ化学", "subsidiaryOf", "ミナトホールディングス") in found, sorted(found)
    assert ("ミナトホールディングス", "basedIn", "日本") not in found, sorted(found)


def test_a_legal_form_makes_a_hotel_name_a_company() -> None:
    assert nodes("株式会社ミナトホテルは、大阪の老舗だ。")["ミナトホテル"]["type"] == "Company"
    assert nodes("(株)ソラホテルが運営を担う。")["ソラホテル"]["type"] == "Company"
    assert "北斗ホテル" not in {
        n for n, d in nodes("北斗ホテルに泊まった。").items() if d["type"] == "Company"
    }


def test_a_katakana_title_inside_a_longer_katakana_word_names_nobody() -> None:
    found = nodes("資産運用会社「トップリート・アセットマネジメント(株)」を設立した。")
    assert "リート・アセットマネジメント" not in found, sorted(found)
    assert found["トップリート・アセットマネジメント"]["type"] == "Company"
    assert nodes("北斗電機CEOジョン・スミスが語った。")["ジョン・スミス"]["type"] == "Person"


def test_a_minority_stake_obtained_is_an_investment() -> None:
    found = edges(
        "北斗電機の側も、約40億円を出資してミナト精機の株式41.18%を手に入れ、筆頭株主の座に就いている。"
    )
    assert ("北斗電機", "investsIn", "ミナト精機") in found, sorted(found)
    assert ("北斗電機", "acquires", "ミナト精機") not in found, sorted(found)


def test_a_chief_in_a_companys_gloss_is_no_chief_of_the_main_company_later() -> None:
    text = "北斗電機は、子会社の北斗神戸(HK、木下学社長)を設けた。木下社長によると、運営を続ける。"
    found = edges(text)
    assert ("木下学", "leads", "北斗神戸") in found, sorted(found)
    assert ("木下学", "leads", "北斗電機") not in found, sorted(found)


def test_a_name_opening_with_a_descriptor_kanji_inside_a_proper_noun() -> None:
    text = "両備ホールディングス(HD、岡山市北区、松田敏之社長)は、南海フェリーを買収した。"
    assert nodes(text)["両備ホールディングス"]["type"] == "Company", sorted(nodes(text))
    found = nodes("両社は提携した。同社は両HDの株主だ。")
    assert not {"両社", "同社", "両HD"} & set(found), sorted(found)


def test_shares_of_a_quoted_company_with_its_gloss() -> None:
    text = "北斗商事は、中国の繊維大手「南海化学」(本社済寧市)の株式30%を2億ドルで取得する考えを示した。"
    assert ("北斗商事", "investsIn", "南海化学") in edges(text), sorted(edges(text))


def test_goods_made_the_topic_are_supplied_to_the_company_before() -> None:
    text = "北斗電機は、南海化学の機器の使用をやめる。代替の機器はミナト電子とソラ電子が納入する。"
    found = edge_rules(text)
    assert ("ミナト電子", "supplies", "北斗電機") in found, sorted(found)
    assert ("ソラ電子", "supplies", "北斗電機") in found, sorted(found)
    # no goods as the topic, or a customer named: none from the sentence before
    assert not [
        e
        for e in edges("北斗電機は、南海化学の機器の使用をやめる。ミナト電子が部品を納入する。")
        if e[1] == "supplies"
    ]
    found = edges("北斗電機は新型機を発表した。部品は南海化学にミナト電子が供給する。")
    assert ("ミナト電子", "supplies", "北斗電機") not in found, sorted(found)


def test_a_surname_after_a_given_name_opens_the_organisation() -> None:
    text = "谷口圭三市長と松岡裕司津山信用金庫理事長の2人が看板を掲げた。"
    found = nodes(text)
    assert "松岡裕司" in found and "松岡裕司津山" not in found, sorted(found)
    assert ("松岡裕司", "leads", "津山信用金庫") in edges(text), sorted(edges(text))


def test_a_surname_cut_after_a_comma_in_a_gloss() -> None:
    found = nodes("タクトホーム(東京都西東京市、山本重穂社長)の6社が統合する。")
    assert "山本重穂" in found and "本重穂" not in found, sorted(found)


def test_a_branch_before_a_deputys_post_is_no_organisation() -> None:
    found = nodes("北斗組からは北斗社長と加茂智雄・仙台支店副支店長が取締役として加わる。")
    assert "仙台支店副" not in found, sorted(found)


def test_no_name_opens_with_the_dot_after_a_person() -> None:
    text = "北斗HDの会長には丸山公夫・南海テレビ会長が、社長には石沢顕・北斗HD社長がそれぞれ就く見通しだ。"
    found = nodes(text)
    assert not [n for n in found if n.startswith("・")], sorted(found)
    assert ("丸山公夫", "leads", "南海テレビ") in edges(text), sorted(edges(text))


def test_all_the_shares_of_a_company_a_deal_sentence_is_about() -> None:
    text = (
        "北斗電機は20日、南海新報社の印刷子会社、南海化学(青森県弘前市)について、"
        "株式の100%を取得すると明らかにした。"
    )
    found = edges(text)
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("南海化学", "basedIn", "インド") not in found, sorted(found)
    assert ("北斗電機", "acquires", "南海化学") in edges("北斗電機は南海化学の発行済み株式の100%を取得する。")
    assert not [
        e
        for e in edges("北斗電機は20日、南海化学について、株式の5%を取得すると明らかにした。")
        if e[1] == "acquires"
    ]


def test_the_head_of_a_cooperative_is_its_kumiaicho() -> None:
    assert ("阿部国雄", "leads", "新潟漁協") in edges("新潟漁協の阿部国雄組合長は語った。")
    found = edges("副社長には新潟漁協の中村直己副組合長が就く。")
    assert ("中村直己", "worksFor", "新潟漁協") in found, sorted(found)


def test_a_counted_list_whose_later_member_a_clause_describes() -> None:
    text = (
        "北斗電機は、衣料品の販売を手掛けるエレファント(渋谷区神宮前6)と、"
        "卸売などを担うローズバッド(同)の2社を子会社にする。"
    )
    found = nodes(text)
    assert found["エレファント"]["type"] == "Company", sorted(found)
    assert found["ローズバッド"]["type"] == "Company", sorted(found)
    assert "卸売などを担うローズバッド" not in found, sorted(found)


def test_a_firm_with_its_office_in_a_place() -> None:
    found = edges("いちき串木野市に事務所を構える北斗商事が出資した。")
    assert ("北斗商事", "basedIn", "いちき串木野市") in found, sorted(found)


def test_a_short_name_opening_a_gloss_before_its_place_is_an_alias() -> None:
    text = "北斗電機は、北斗乗合自動車(北斗バス、福島県会津若松市、福田正社長)の全株式を取得した。"
    assert "北斗バス" in nodes(text)["北斗乗合自動車"]["aliases"], nodes(text)
    assert "東京都港区" not in nodes("北斗電機(東京都港区、山田一郎社長)は発表した。")["北斗電機"]["aliases"]


def test_a_hiragana_prefix_opening_a_sentence_stays_in_the_name() -> None:
    found = nodes("みちのりHDは、北斗乗合自動車の全株式を取得した。")
    assert "みちのりHD" in found and "ちのりHD" not in found, sorted(found)


def test_two_presidents_listed_together_are_not_both_the_main_companys() -> None:
    found = edges("北斗電機は南海化学を買収した。握手する山田社長(左)と中村社長。")
    assert not [e for e in found if e[1] == "leads"], sorted(found)
    found = edges("北斗電機は南海化学を買収した。会見した山田会長と中村社長は語った。")
    assert ("中村", "leads", "北斗電機") in found, sorted(found)


def test_a_topic_glossed_with_its_securities_code_and_exchange() -> None:
    text = (
        "中国南海果汁集団有限公司(証券コード1886、香港証券取引所)は先ごろ、"
        "全額出資子会社の北京南海食品飲料有限公司が、買収合意に調印したと公表した。"
    )
    found = edges(text)
    assert ("北京南海食品飲料有限公司", "subsidiaryOf", "中国南海果汁集団有限公司") in found, sorted(found)


def test_a_chief_in_the_sentence_about_a_companys_new_management() -> None:
    text = "北斗組は中亀建設を買収した。中亀建設の新たな体制では中村社長が続投する。"
    found = edges(text)
    assert ("中村", "leads", "中亀建設") in found, sorted(found)
    assert ("中村", "leads", "北斗組") not in found, sorted(found)


def test_a_hiragana_noun_inside_a_name_after_a_place() -> None:
    found = nodes("関東くみあい化成工業(群馬県大間々町)が合併する。")
    assert "関東くみあい化成工業" in found and "化成工業" not in found, sorted(found)
    found = nodes("新会社の社長には、鹿児島まぐろ船主協会の会長も務める上竹秀人氏が就いた。")
    assert "鹿児島まぐろ船主協会" in found, sorted(found)
    # a formal noun or a particle before the name is no part of it
    assert "北斗電機" in nodes("東京のため北斗電機が出資した。")


def test_a_post_ending_in_yaku_before_a_colon_names_nobody() -> None:
    text = "南海地所株式会社(本社:東京都千代田区、執行役社長:吉田淳一氏)は、新ブランドを立ち上げる。"
    found = nodes(text)
    assert "執行役" not in found, sorted(found)
    assert ("吉田淳一", "leads", "南海地所") in edges(text), sorted(edges(text))


def test_a_count_of_companies_is_no_object_of_stakes_or_founding() -> None:
    text = (
        "北斗電機、南海化学、ミナト不動産の3社は新会社「ソラ・アセット」を設立した。"
        "3社の出資比率は、北斗電機38%、南海化学31%、ミナト不動産31%となる。"
    )
    found = edges(text)
    assert not [e for e in found if e[1] == "investsIn" and e[2] != "ソラ・アセット"], sorted(found)
    assert ("ソラ・アセット", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("ソラ・アセット", "subsidiaryOf", "北斗電機") in edges(
        "北斗電機は新会社「ソラ・アセット」を設立した。"
    )


def test_a_consolidated_company_written_with_its_legal_form() -> None:
    text = "この協定に基づき、北斗HDの連結会社である(株)ソラホテルが持つ資産が譲り渡される。"
    assert ("ソラホテル", "subsidiaryOf", "北斗HD") in edges(text), sorted(edges(text))


def test_the_group_word_after_a_description_is_no_part_of_the_name() -> None:
    found = nodes(
        "ミナトは、カナダの大手生命保険会社グループ北斗ライフ(カナダ トロント)傘下の企業グループだ。"
    )
    assert not [n for n in found if n.startswith("グループ")], sorted(found)
    assert "SORA" in nodes("国有企業グループSORAが出資した。")


def test_the_second_post_filled_by_a_chief_of_another_company() -> None:
    text = "ソラHDの会長には丸山公夫・南海テレビ会長が、社長には石沢顕・ミナトHD社長がそれぞれ就く見通しだ。"
    found = edges(text)
    assert ("石沢顕", "leads", "ソラHD") in found, sorted(found)
    assert ("石沢顕", "leads", "ミナトHD") in found, sorted(found)
    assert ("丸山公夫", "leads", "ソラHD") in found, sorted(found)


def test_all_the_shares_taken_over_from_a_body_whose_name_holds_a_cue_word() -> None:
    text = (
        "北斗HD(東京都千代田区、松本順社長)は、南海乗合自動車(南海バス、福島県会津若松市、福田正社長)の"
        "全株式を地域経済活性化支援機構から譲り受ける株式譲渡契約を結んだ。"
    )
    found = edges(text)
    assert ("北斗HD", "acquires", "南海乗合自動車") in found, sorted(found)
    assert not [e for e in found if e[1] == "supports"], sorted(found)
    assert ("北斗HD", "supports", "南海乗合自動車") in edges("北斗HDは南海乗合自動車を支援する。")


def test_a_chief_first_written_with_an_unrecognised_organisation_keeps_it() -> None:
    text = (
        "北斗電機は新工場を建てる。式典には漁協の阿部国雄組合長も出た。阿部組合長は「期待している」と話した。"
    )
    found = edges(text)
    assert not [e for e in found if e[0] == "阿部国雄"], sorted(found)
    assert ("田中一郎", "leads", "北斗電機") in edges(
        "北斗電機は新工場を建てる。式典には田中一郎社長も出た。田中社長は「期待している」と話した。"
    )


def test_a_cooperative_post_heads_a_cooperative_only() -> None:
    text = "北斗電機は新工場を建てる。阿部国雄組合長は「期待している」と話した。"
    assert not [e for e in edges(text) if e[0] == "阿部国雄"], sorted(edges(text))
    text = "新潟漁協は新工場を建てる。阿部国雄組合長は「期待している」と話した。"
    assert ("阿部国雄", "leads", "新潟漁協") in edges(text), sorted(edges(text))


def test_a_chief_who_came_from_the_main_company_is_not_its_chief() -> None:
    text = "北斗商事は南海化学の再建を支える。北斗商事出身の山田一郎社長はその職にとどまる。"
    assert ("山田一郎", "leads", "北斗商事") not in edges(text), sorted(edges(text))
    text = "北斗商事は南海化学の再建を支える。北斗商事の山田一郎社長は「支える」と話した。"
    assert ("山田一郎", "leads", "北斗商事") in edges(text), sorted(edges(text))


def test_a_company_founded_with_a_date_before_the_verb_is_new_and_shared() -> None:
    text = (
        "北斗電機と南海化学は、物流会社「ソラ物流」を7月1日に設立する。"
        "出資比率は北斗電機が50・1%、南海化学が49・9%となる。"
    )
    found = edges(text)
    assert ("北斗電機", "investsIn", "ソラ物流") in found, sorted(found)
    assert ("南海化学", "investsIn", "ソラ物流") in found, sorted(found)
    assert ("北斗電機", "partnersWith", "南海化学") in found, sorted(found)
    found = edges("北斗電機と南海化学は、合弁会社「ソラ物流」を来年4月に立ち上げる。")
    assert ("南海化学", "investsIn", "ソラ物流") in found, sorted(found)
    found = edges("北斗電機と南海化学は、それぞれ物流会社を設立する。")
    assert not [e for e in found if e[1] == "partnersWith"], sorted(found)


def test_a_name_marked_ga_before_a_noun_and_no_describes_the_next_name() -> None:
    found = edges("ミナト商事は2014年12月にも中国地方が地盤のソラストアと資本業務提携を結んだ。")
    assert ("ミナト商事", "partnersWith", "ソラストア") in found, sorted(found)
    assert ("ソラストア", "basedIn", "中国地方") in found, sorted(found)
    assert not [e for e in found if e[0] == "中国地方" and e[1] == "partnersWith"], sorted(found)


def test_a_list_of_pairs_joins_each_pair_only() -> None:
    text = (
        "百貨店業界では2007年以降、北斗電機と南海化学、ミナト商事とソラ工業などの再編が続いているものの、"
        "事業会社である百貨店どうしを合併させるのは今回が初めてとなる。"
    )
    found = {e for e in edges(text) if e[1] == "partnersWith"}
    assert ("北斗電機", "partnersWith", "南海化学") in found, sorted(found)
    assert ("ミナト商事", "partnersWith", "ソラ工業") in found, sorted(found)
    assert len(found) == 2, sorted(found)
    found = {
        e
        for e in edges("北斗電機と南海化学、ミナト商事とソラ工業の4社が提携した。")
        if e[1] == "partnersWith"
    }
    assert len(found) == 6, sorted(found)


def test_a_trade_press_gloss_with_the_head_office_written_after_the_place() -> None:
    found = edges("ミナト運輸(東京都中央区本社、小倉康嗣取締役社長、資本金500億円)は契約を打ち切る。")
    assert ("ミナト運輸", "basedIn", "中央区") in found, sorted(found)
    assert ("小倉康嗣", "leads", "ミナト運輸") in found, sorted(found)
    found = edges("北斗電機(株)(札幌市中央区本社)は新工場を建てる。")
    assert ("北斗電機", "basedIn", "札幌市中央区") in found, sorted(found)
    assert "札幌市中央区本社" not in nodes("北斗電機(札幌市中央区本社)は新工場を建てる。")


def test_a_press_release_outline_of_a_new_company() -> None:
    text = (
        "北斗商事と南海ソラは、北斗交通と合弁会社を立ち上げることで合意した。\n新会社の概要は次のとおり。\n"
        "(1) 商号:北斗南海物流有限公司\n(2) 設立予定:2002年7月\n(3) 本社:上海市\n"
        "(5) 資本金の額:3,500万人民元\n(6) 株主構成:北斗交通(51.0%)、北斗商事(20.0%)、南海ソラ(24.5%)の3者"
    )
    found = edges(text)
    for holder in ("北斗交通", "北斗商事", "南海ソラ"):
        assert (holder, "investsIn", "北斗南海物流有限公司") in found, sorted(found)
    assert ("北斗南海物流有限公司", "basedIn", "上海") in found, sorted(found)


def test_a_subsidiary_written_with_its_country_after_the_word() -> None:
    found = edges("ミナト商事は、連結100%子会社の韓国ソラマートを売却する。")
    assert ("ソラマート", "subsidiaryOf", "ミナト商事") in found, sorted(found)
    assert ("ソラマート", "basedIn", "韓国") in found, sorted(found)


def test_a_caption_with_organisation_post_and_person_set_apart_by_spaces() -> None:
    found = edges(
        "式典には、北斗町 町長 橋本正裕氏、株式会社ミナト商事 代表取締役 CEO 田路圭輔氏が出席した。"
    )
    assert ("橋本正裕", "leads", "北斗町") in found, sorted(found)
    assert ("田路圭輔", "leads", "ミナト商事") in found, sorted(found)
    assert not [e for e in edges("北斗電機 新工場 山田一郎氏が出席した。") if e[0] == "山田一郎"]


def test_what_a_company_brings_to_a_deal_is_no_technology() -> None:
    for text in (
        "ミナト商事は、自社の「経営資源」を両社に振り向ける。",
        "ミナト商事は、店舗開発やブランド戦略といったノウハウを他社へ販売する。",
        "ソラ電子の部門は、ITインフラの構築やメンテナンスなどのアウトソーシングサービスを手がける。",
    ):
        found = nodes(text)
        assert not {"経営資源", "ノウハウ", "メンテナンス"} & set(found), sorted(found)


def test_a_place_right_before_a_company_wherever_it_stands() -> None:
    found = edges("八戸市の土木工事業「北斗建設」も傘下に入る。")
    assert ("北斗建設", "basedIn", "八戸市") in found, sorted(found)
    found = edges("ミナトは、北斗電機と福島県相馬市の南海HDと経営統合する。")
    assert ("南海HD", "basedIn", "相馬市") in found, sorted(found)
    found = edges("ミナトは、千葉市の北斗電機の工場を買い取る。")
    assert not [e for e in found if e[1] == "basedIn"], sorted(found)


def test_a_shareholder_with_its_rank_and_stake_before_its_name() -> None:
    found = edges("ミナトの第4位株主として約3%を持つ北斗HDが名乗りを上げた。")
    assert ("北斗HD", "investsIn", "ミナト") in found, sorted(found)


def test_a_stake_taken_then_made_a_subsidiary() -> None:
    for text in (
        "北斗電機は、南海化学の株式の60%を取得して連結子会社にする。",
        "北斗電機は、南海化学の株式の60%を取得して連結子会社に組み入れる。",
        "北斗電機は南海化学を傘下に組み入れた。",
    ):
        found = edges(text)
        assert ("南海化学", "subsidiaryOf", "北斗電機") in found, (text, sorted(found))


def test_the_kind_of_business_before_a_unit_is_no_company() -> None:
    text = "ミナトは、ロイヤルの完全子会社である機内食事業の「ソラケイタリング」の株式の60%を取得する。"
    found = edges(text)
    assert "機内食事業" not in nodes(text), sorted(nodes(text))
    assert ("ソラケイタリング", "subsidiaryOf", "ロイヤル") in found, sorted(found)
    assert ("ミナト", "subsidiaryOf", "ロイヤル") not in found, sorted(found)


def test_a_ga_of_a_noun_describing_the_next_name_is_no_verbs_subject() -> None:
    text = "北斗電機は南海化学に先立ち、2014年12月にも中国地方が地盤のソラストアと資本業務提携を結んだ。"
    found = edges(text)
    assert ("北斗電機", "partnersWith", "ソラストア") in found, sorted(found)
    assert not [e for e in found if e[0] == "中国地方" and e[1] == "partnersWith"], sorted(found)


def test_a_quoted_name_with_its_chief_after_it_is_a_company() -> None:
    found = edges("29日、「北斗屋」の鈴木弘治社長と南海HDの小嶋光信社長がそろって記者会見を開いた。")
    assert ("鈴木弘治", "leads", "北斗屋") in found, sorted(found)
    assert "ガスト" not in nodes("「ガスト」の山田一郎店長は話した。")


def test_a_given_name_ending_sudachi_read_as_a_word_of_its_own() -> None:
    found = nodes("(株)ニュー北斗(金沢市、南里眞佐夫社長)は店を開く。")
    assert "南里眞佐夫" in found, sorted(found)


def test_a_tie_up_after_a_stake_received_is_with_the_giver() -> None:
    found = edges("北斗電機は、南海化学から33.4%の出資を受けて資本提携を結び、営業で協力し合う。")
    assert ("北斗電機", "partnersWith", "南海化学") in found, sorted(found)
    assert ("南海化学", "investsIn", "北斗電機") in found, sorted(found)


def test_the_topics_partner_named_as_one_further_on() -> None:
    text = "北斗電機は、ソラの株式を合弁相手の南海スーパーマーケット・コーポレーションに譲り渡す。"
    found = edges(text)
    assert ("北斗電機", "partnersWith", "南海スーパーマーケット・コーポレーション") in found, sorted(found)
    found = edges("北斗電機は、南海化学の提携先のミナト商事を訪ねた。")
    assert ("北斗電機", "partnersWith", "ミナト商事") not in found, sorted(found)


def test_whom_shares_are_bought_from_held_them() -> None:
    found = edges("北斗HDは3月、ミナト・キャピタルや南海商事から南海化学の株式を買い取った。")
    assert ("ミナト・キャピタル", "investsIn", "南海化学") in found, sorted(found)
    assert ("南海商事", "investsIn", "南海化学") in found, sorted(found)
    found = edges("北斗HDは、南海化学の全株式を、米投資ファンドのミナト・キャピタルから510億円で譲り受ける。")
    assert ("ミナト・キャピタル", "investsIn", "南海化学") in found, sorted(found)


def test_a_ward_address_names_the_ward_only() -> None:
    found = nodes("北斗商事(東京都港区、小林栄三社長)は新会社を作る。")
    assert "港区" in found and "東京" not in found, sorted(found)
    found = nodes("北斗商事(東京都八王子市)は新会社を作る。")
    assert "東京" in found and "八王子市" in found, sorted(found)
    found = nodes("北斗商事(長野県軽井沢町)は新会社を作る。")
    assert "長野県" in found, sorted(found)


def test_a_place_inside_a_quoted_venue_name_is_no_place() -> None:
    found = nodes("北斗HDは「札幌ソラホテル」「グランドソラホテル広島」などを売る。")
    assert not {"札幌市", "広島県"} & set(found), sorted(found)
    assert "札幌市" in nodes("北斗HDは札幌市にソラホテルを開く。")


def test_a_chinese_companys_name_without_its_legal_form_is_the_same_company() -> None:
    text = "ミナト商事は、北斗交通(集団)有限公司と合弁を組む。北斗交通の山田一郎会長は調印式に出る。"
    found = nodes(text)
    assert "北斗交通" not in found, sorted(found)
    assert [n for n in found if n.startswith("北斗交通")], sorted(found)


def test_a_city_written_right_before_its_ward_makes_no_node_of_its_own() -> None:
    found = nodes("北斗商事(大阪市北区)は新会社を作る。")
    assert "大阪市北区" in found and "大阪市" not in found, sorted(found)
    found = nodes("北斗商事(大阪市北区)は新会社を作る。大阪市の山田市長は歓迎した。")
    assert "大阪市" in found, sorted(found)


def test_a_kind_of_chain_and_a_preparatory_committee_are_no_names() -> None:
    found = nodes(
        "北斗HDは、中華料理レストランチェーンを展開する南海フーズと組む。両社は統合準備委員会を設ける。"
    )
    assert not {"中華料理レストランチェーン", "統合準備委員会"} & set(found), sorted(found)
    assert "南海フーズ" in found, sorted(found)


def test_a_person_with_a_post_at_a_company_in_parentheses() -> None:
    text = "ミナトHDの取締役には、二藤部洋(北斗HD社長)、菊地逸夫(ソラ商事社長)の両取締役が就く。"
    found = edges(text)
    assert ("二藤部洋", "leads", "北斗HD") in found, sorted(found)
    assert ("菊地逸夫", "leads", "ソラ商事") in found, sorted(found)
    assert nodes("北斗化学(山田花子社長)は発表した。")["北斗化学"]["type"] == "Company"


def test_a_quoted_name_after_its_line_of_business_or_a_business_it_runs_is_a_company() -> None:
    found = nodes(
        "北斗HDは、十和田市の建築工事業「ジェイソラ」と、同市の不動産業「アットソラ」を傘下に入れる。"
    )
    assert found.get("ジェイソラ", {}).get("type") == "Company", sorted(found)
    assert found.get("アットソラ", {}).get("type") == "Company", sorted(found)
    found = nodes("同市で養殖魚の加工・販売を営む「ダイソラ」が出資する。")
    assert found.get("ダイソラ", {}).get("type") == "Company", sorted(found)
    assert "ソラプロジェクト" not in nodes("北斗電機は新規事業「ソラプロジェクト」を始める。")


def test_a_kind_of_product_a_company_makes_is_no_technology_it_develops() -> None:
    found = edges("北斗電機は、自立学習教育システムや学習教材の研究・開発に取り組む。")
    assert not [e for e in found if e[1] == "develops"], sorted(found)
    found = edges("北斗電機は、音声対話エージェント「カナメ」を開発した。")
    assert ("北斗電機", "develops", "カナメ") in found, sorted(found)


def test_kinds_of_company_and_fund_written_where_a_name_stands_are_no_names() -> None:
    found = nodes(
        "ミナトは、ホテル運営会社や物流会社を買う。南海はPEファンドと組み、MBOを行う。取引銀行も支える。"
    )
    assert not {"ホテル運営会社", "運営会社", "物流会社", "PEファンド", "MBO", "取引銀行"} & set(found), (
        sorted(found)
    )


def test_a_verbs_ending_is_no_hiragana_lead_of_a_name() -> None:
    found = nodes("山梨県を地盤とする北斗学院(山梨県都留市、加賀公英社長)を、南海HDが買収する。")
    assert "北斗学院" in found and "する北斗学院" not in found, sorted(found)


def test_two_chiefs_opening_a_gloss_are_its_companys() -> None:
    found = edges(
        "北斗商事は、株式会社MAXISホールディングス(箕輪友行会長・小宮山一社長、東京都新宿区)の全株を買う。"
    )
    assert ("箕輪友行", "leads", "MAXISホールディングス") in found, sorted(found)
    assert ("小宮山一", "leads", "MAXISホールディングス") in found, sorted(found)
    assert not [e for e in found if e[1] == "leads" and e[2] == "北斗商事"], sorted(found)


def test_sports_leagues_and_federations_are_organisations() -> None:
    found = nodes("Jリーグは、NPBや日本サッカー協会と協議した。")
    for name in ("日本プロサッカーリーグ", "日本野球機構", "日本サッカー協会"):
        assert found.get(name, {}).get("type") == "Organization", (name, sorted(found))


def test_a_football_club_named_with_fc() -> None:
    found = nodes("ミナトは、J2のFC北浜ソラーレの株式の80%を取得し、クラブの経営に乗り出す。")
    assert found.get("FC北浜ソラーレ", {}).get("type") == "Organization", sorted(found)
    found = nodes("北斗マートはFC加盟店を増やし、J2クラブのスポンサーにもなる。")
    assert not [n for n in found if n.startswith("FC")], sorted(found)


def test_a_kind_of_company_between_its_country_and_its_name() -> None:
    found = edges("北斗物産は、スペインのコンテナターミナル・オペレーター「ソラ・マリティム社」を買収した。")
    assert ("ソラ・マリティム", "basedIn", "スペイン") in found, sorted(found)
    assert "コンテナターミナル・オペレーター" not in nodes(
        "北斗物産は、スペインのコンテナターミナル・オペレーター「ソラ・マリティム社」を買収した。"
    )
    found = edges("北斗地所は、米国の不動産デベロッパー、ミナト・プロパティーズと提携した。")
    assert ("ミナト・プロパティーズ", "basedIn", "米国") in found, sorted(found)


def test_a_reading_before_the_place_in_a_gloss() -> None:
    found = edges("北斗商事は、Nansei(ナンセイ・那覇市、砂川哲男代表)と提携した。")
    assert ("Nansei", "basedIn", "那覇市") in found, sorted(found)


def test_the_parties_counted_as_sha_keep_a_place_a_place() -> None:
    found = nodes("茨城県境町、ソラネクスト、ミナト館の3者は5日、連携協定を結んだ。")
    assert found.get("ソラネクスト", {}).get("type") == "Company", sorted(found)
    assert found.get("ミナト館", {}).get("type") == "Company", sorted(found)
    assert not [n for n, d in found.items() if n.endswith("境町") and d.get("type") == "Company"], found


def test_a_group_and_its_holding_company_are_one_without_the_stem() -> None:
    # (a stem Sudachi reads as a word of its own: 京急 is never written alone)
    found = nodes(
        "京急グループが北斗電力系のホテル2軒を買収へ\n"
        "京急ホールディングスは2日、ホテル2軒を北斗電力から買うと発表した。営業は京急インが担う。\n"
        "京急グループにとっては、規模を広げる取得となる。"
    )
    assert "京急ホールディングス" in found and "京急グループ" not in found, sorted(found)


def test_ghd_and_a_broadcasters_short_name() -> None:
    found = nodes("ソラグループホールディングスは17日、南海酒造を買収すると発表した。ソラGHDは事業を広げる。")
    assert "ソラGHD" not in found and "ソラグループホールディングス" in found, sorted(found)
    found = nodes("北京テレビ放送は、南海新聞と提携した。北京テレビは東京にも拠点を置く。")
    assert "北京テレビ" not in found and "北京テレビ放送" in found, sorted(found)


def test_a_town_right_after_its_city_is_an_address_in_the_city() -> None:
    text = "北斗信用金庫(本店・鶴岡市馬場町)は、南海銀行と提携した。ソラ(井原市高屋町)は南海電機の子会社だ。"
    found = edges(text)
    assert ("北斗信用金庫", "basedIn", "鶴岡市") in found, sorted(found)
    assert ("ソラ", "basedIn", "井原市") in found, sorted(found)
    assert not {"馬場町", "高屋町"} & set(nodes(text)), sorted(nodes(text))
    # a town of a district is a municipality of its own
    assert ("ミナト", "basedIn", "倶知安町") in edges("ミナト(北海道虻田郡倶知安町)は南海電機の子会社だ。")


def test_every_holder_of_a_stake_list_after_its_opening_word() -> None:
    found = edge_rules(
        "北斗航空は新会社「ソラ・アビエーション」を設立した。"
        "出資額は北斗商事が1005万円、香港法人のミナト・ホールディングスが1000万円。"
    )
    assert found.get(("ミナト・ホールディングス", "investsIn", "ソラ・アビエーション")) == [
        "investsIn.stake_list"
    ]
    assert ("北斗商事", "investsIn", "ソラ・アビエーション") in found, sorted(found)
    found = edges(
        "北斗航空は新会社「ソラ航空」を設立した。出資比率は北斗商事が60%、香港法人のミナト化学が40%。"
    )
    assert ("ミナト化学", "investsIn", "ソラ航空") in found, sorted(found)


def test_a_stake_list_naming_the_previous_topic_is_about_another_company() -> None:
    # the joint venture is not named yet: 北斗電機 holds no stake in itself, 南海化学 none in 北斗電機
    found = edges("北斗電機は米国で合弁会社を設ける。出資比率は南海化学60%、北斗電機40%とする予定だ。")
    assert ("南海化学", "investsIn", "北斗電機") not in found, sorted(found)


def test_a_stake_list_item_written_with_wa_is_no_topic() -> None:
    found = edges(
        "北斗電機は新会社「ソラ航空」を設立した。資本金は1億円で、北斗電機が18%、南海HDは9%、ミナト物産が5%を出資する。"
    )
    assert ("ミナト物産", "investsIn", "南海HD") not in found, sorted(found)
    assert ("ミナト物産", "investsIn", "ソラ航空") in found, sorted(found)


def test_a_name_opening_with_the_word_for_day_keeps_it() -> None:
    found = nodes("ソラには、北斗ホールディングス傘下の日鉱金属が66%、南海金属が34%を出資している。")
    assert "日鉱金属" in found and "鉱金属" not in found, sorted(found)


def test_an_industry_between_a_nationality_and_a_company() -> None:
    assert ("ミナト・ホールディングス", "basedIn", "韓国") in edges(
        "北斗製鉄は、韓国鉄鋼のミナト・ホールディングスと提携した。"
    )
    assert ("ソラテック", "basedIn", "米国") in edges("北斗電機は、米半導体のソラテックと提携した。")


def test_chiefs_before_the_head_office_in_a_gloss() -> None:
    found = edges("北斗信用組合(金一郎会長、南次郎理事長、本店・福岡市)は、南海銀行と合併する。")
    assert ("北斗信用組合", "basedIn", "福岡市") in found, sorted(found)


def test_a_partner_named_after_its_relative_clause_comes_from_the_cue_rule() -> None:
    # the case frame reads no relative object for partnersWith (wrong in all six scored cases); the
    # cue rule still reads the plain one
    found = edge_rules("北斗電機が業務提携したソラ物流は、配送網を広げる。")
    assert found.get(("北斗電機", "partnersWith", "ソラ物流")) == ["cue.partnersWith.relative"], found


def test_a_katakana_word_the_model_labels_company_is_one() -> None:
    # チッソ is a common noun (nitrogen) for Sudachi; GiNZA's Company label is what says it is a name
    text = "北斗化学は、南海ポリマーをチッソと共同で運営しており、今後も関与を深める。"
    found = {d["name"]: d["type"] for _, d in kg.build(texts=[text], profile="full").graph.nodes(data=True)}
    assert found.get("チッソ") == "Company", found
    found = {
        d["name"]
        for _, d in kg.build(texts=["新型コロナの影響で、北斗化学は減産した。"], profile="full").graph.nodes(
            data=True
        )
    }
    assert "コロナ" not in found, found


def test_a_board_post_filled_by_people_of_other_companies() -> None:
    found = edges("北斗電機の社外取締役には、南海化学の山田一郎氏と鈴木次郎氏が就く。")
    assert ("山田一郎", "worksFor", "北斗電機") in found, sorted(found)
    assert ("山田一郎", "worksFor", "南海化学") in found, sorted(found)
    found = edges("北斗電機の非常勤取締役には、南海化学から同社会長の山田一郎氏と鈴木次郎氏も就任する。")
    assert ("山田一郎", "worksFor", "北斗電機") in found, sorted(found)


def test_a_unit_of_a_parent_glossed_before_its_word_is_not_the_topics() -> None:
    found = edges(
        "北斗化成は5日、中国南海化学集団(ソラケム)傘下の中国ソラ集団との間で、合弁会社を設けたと明らかにした。"
    )
    assert ("ソラ集団", "subsidiaryOf", "北斗化成") not in found, sorted(found)


def test_a_quoted_plan_company_or_hotel_is_no_product() -> None:
    found = nodes(
        "北斗町は「南海昆布プロジェクト」を進め、「ミナトケイマン株式会社」と「ソラベイホテル」も協力する。"
    )
    assert not [n for n, d in found.items() if d.get("type") == "Technology"], found


def test_a_unit_held_as_a_subsidiary_with_its_kind_between() -> None:
    found = edges("北斗商事が子会社としてアニメ関連企業ミナトアニメを抱えている。")
    assert ("ミナトアニメ", "subsidiaryOf", "北斗商事") in found, sorted(found)
    assert ("ソラ電機", "subsidiaryOf", "北斗ソフト") not in edges(
        "北斗ソフトはソラ電機の株式を所有している。"
    )


def test_common_nouns_a_rule_may_read_as_a_name_are_none() -> None:
    found = nodes("北斗は、Sora GamesやMinato Softといった中堅パブリッシャーのほか、大手も傘下に収めた。")
    assert "パブリッシャー" not in found, sorted(found)


def test_a_stake_list_read_by_its_main_holders_names_each_listed_one() -> None:
    found = edges(
        "南海ファンド(東京)は11日、北斗興業株のTOBに乗り出すと明らかにした。"
        "南海ファンドには企業などから計240億円の出資が集まっている。"
        "出資額を主な企業でみると、ソラ放送が30億円、北斗テレビ、ミナト電機、南海産業(名古屋市)などが各20億円を拠出する。"
    )
    for holder in ("ソラ放送", "北斗テレビ", "ミナト電機", "南海産業"):
        assert (holder, "investsIn", "南海ファンド") in found, (holder, sorted(found))


def test_a_broadcaster_named_after_its_city_is_a_company() -> None:
    text = (
        "日本テレビ放送網、TBSテレビ、テレビ朝日、京楽産業などが各20億円、"
        "テレビ東京、電通などが各10億円を出す。"
    )
    found = {d["name"]: d["type"] for _, d in kg.build(texts=[text], profile="full").graph.nodes(data=True)}
    assert found.get("テレビ朝日") == "Company" and found.get("テレビ東京") == "Company", found


def test_list_members_each_written_with_their_own_place() -> None:
    found = edges(
        "北斗HDは2019年、南海銀行を皮切りに、ソラ銀行、福岡県のミナト銀行、静岡県の北山銀行に出資した。"
    )
    for bank in ("ソラ銀行", "ミナト銀行", "北山銀行"):
        assert ("北斗HD", "investsIn", bank) in found, (bank, sorted(found))
    assert ("ミナト銀行", "basedIn", "静岡県") not in found, sorted(found)
    assert ("ミナト銀行", "basedIn", "福岡県") in found, sorted(found)


def test_a_list_seeking_ties_with_an_unnamed_partner_is_no_partnership_among_itself() -> None:
    found = edges(
        "生成AIでは、米オープンAIや仏ミストラルAI、カナダのコーヒアが大手企業との提携を急いでいる。"
    )
    assert not [e for e in found if e[1] == "partnersWith"], sorted(found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "十和田市は7日、同市の不動産業「ミナトプラス」と協定を結んだ。",
            ("ミナトプラス", "basedIn", "十和田市"),
        ),
        ("北斗電機は米国に進出した。同国の南海化学と提携する。", ("南海化学", "basedIn", "米国")),
        (
            "多賀城市は図書館を改装する。市と北斗電機は、連携協定を締結した。",
            ("多賀城市", "partnersWith", "北斗電機"),
        ),
    ],
)
def test_a_same_place_anaphor_is_the_last_place_of_its_kind(text: str, edge: tuple[str, str, str]) -> None:
    """同市 / 同国: the city or country named last, in its own sentence too."""
    assert edge in edges(text), sorted(edges(text))


def test_a_word_holding_same_is_no_place_anaphor() -> None:
    """共同市場, 同市場 (the same market): no 同市 in them; 市場, 県内: no bare 市 or 県 either."""
    found = kg.build(texts=["北斗市の共同市場では、同市場の取引が増えた。市場は県内で広がる。"]).graph
    assert sorted(d["name"] for _, d in found.nodes(data=True)) == ["北斗市"]


def test_a_bare_city_with_no_city_named_before_is_nothing() -> None:
    found = kg.build(texts=["市と北斗電機は協定を結んだ。"]).graph
    assert sorted(d["name"] for _, d in found.nodes(data=True)) == ["北斗電機"]


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("北斗電機の山田一郎代表取締役社長執行役員が就任した。", ("山田一郎", "leads", "北斗電機")),
        ("北斗電機の山田一郎副社長執行役員が就任した。", ("山田一郎", "worksFor", "北斗電機")),
    ],
)
def test_the_main_post_of_a_chain_of_posts(text: str, edge: tuple[str, str, str]) -> None:
    """代表取締役社長執行役員 heads the company (社長 among the posts); 副社長執行役員 does not."""
    assert edge in edges(text), sorted(edges(text))


def test_a_group_s_short_form_is_not_the_front_of_another_company_s_name() -> None:
    """三菱 of 三菱グループ inside 三菱鉛筆: two companies, not one."""
    text = (
        "三菱鉛筆が独文具メーカー「ソラミ」の買収で合意\n山田太郎\n"
        "三菱鉛筆は29日、独「ソラミ」社の全株式を買い取ると明らかにした。\n一方の三菱鉛筆は1887年の創業だ。\n"
        "なお三菱鉛筆は、「三菱」の商標を旧財閥の三菱グループより先に登録しており、三菱グループとの関係はない。"
    )
    names = {d["name"] for _, d in kg.build(texts=[text]).graph.nodes(data=True)}
    assert {"三菱鉛筆", "三菱グループ"} <= names, names


def test_a_parent_written_before_a_clause_is_the_subsidiary_s_only_parent() -> None:
    """Xは、Yの…を担う子会社のZから: Z is Y's, not the topic X's."""
    found = edges(
        "大王製紙は、北斗ホールディングスの紙製品関連の製造・開発を担う子会社の北斗ペーパー(株)から事業を譲り受ける。"
    )
    assert ("北斗ペーパー", "subsidiaryOf", "大王製紙") not in found, sorted(found)


def test_a_province_after_its_country_is_a_place_not_a_ministry() -> None:
    """中国江蘇省: the province (江蘇 is a place's name); 中国商務省 stays a ministry."""
    found = {
        d["name"]: d["type"]
        for _, d in kg.build(texts=["北斗電機は中国江蘇省に工場を設けた。"]).graph.nodes(data=True)
    }
    assert found.get("江蘇省") == "Place" and "中国江蘇省" not in found, found


def test_a_body_named_after_its_country_is_no_province() -> None:
    """フィリピン軍: a country's name before it, but no 省: the body stays."""
    found = {
        d["name"]: d["type"]
        for _, d in kg.build(texts=["自衛隊とフィリピン軍が共同訓練を行った。"]).graph.nodes(data=True)
    }
    assert found.get("フィリピン軍") == "Government", found


def test_names_listed_each_with_its_country_are_companies() -> None:
    """アメリカのエピクゲームズや、韓国のクラフトソラにも資金を投じる: a list of names each written with its
    country, in a sentence about money or a deal, is a list of companies (list.placed_members)."""
    found = mention_rules(
        "北斗電機は、アメリカのエピクゲームズや、韓国のクラフトソラにも資金を投じる。", first_pass=True
    )
    assert found.get("クラフトソラ") == ("Company", "list.placed_members"), found
    assert found.get("エピクゲームズ") == ("Company", "list.placed_members"), found


def test_common_words_listed_each_with_its_country_stay_words() -> None:
    """米国のインフレや、中国のデフレが進んだ: no deal, no company."""
    found = mention_rules("米国のインフレや、中国のデフレが進んだ。")
    assert "インフレ" not in found and "デフレ" not in found, found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "北斗電機は、株式会社南海化学および株式会社ソラ化学を、株式会社北斗ホールディング(代表取締役:山田花子)へ事業譲渡すると発表した。",
            ("北斗ホールディング", "acquires", "ソラ化学"),
        ),
        (
            "北斗電機は、株式会社南海スポーツについて、その全株式を7月1日付で北斗物産へ移すことで合意した。",
            ("北斗物産", "acquires", "南海スポーツ"),
        ),
    ],
)
def test_a_buyer_with_a_gloss_or_after_the_shares_of_what_is_sold(
    text: str, edge: tuple[str, str, str]
) -> None:
    """Xを、Y(代表取締役:…)へ事業譲渡: the buyer's gloss between it and へ; Xについて、その全株式をYへ移す."""
    assert edge in edges(text), sorted(edges(text))


def test_a_kanji_short_form_before_the_place_in_a_gloss_is_an_alias() -> None:
    """北斗量子技術研究開発機構(北斗機構、千葉市): 北斗機構 is the body's short form, 千葉市 its seat."""
    text = "北斗量子技術研究開発機構(北斗機構、千葉市)と南海化学は提携した。北斗機構は研究を進める。"
    assert "北斗機構" not in nodes(text), sorted(nodes(text))
    assert ("北斗量子技術研究開発機構", "basedIn", "千葉市") in edges(text), sorted(edges(text))


def test_a_place_before_the_gloss_comma_is_no_short_form() -> None:
    """北斗電機(大阪市、山田太郎社長): 大阪市 keeps no letters of 北斗電機, it stays the head office."""
    found = edges("北斗電機(大阪市、山田太郎社長)は南海化学と提携した。")
    assert ("北斗電機", "basedIn", "大阪市") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北斗ベンチャーキャピタルは出資した。", "北斗ベンチャーキャピタル"),
        ("東北大学ベンチャーパートナーズは出資した。", "東北大学ベンチャーパートナーズ"),
    ],
)
def test_a_name_ending_in_a_kind_of_business_keeps_its_front(text: str, name: str) -> None:
    """ベンチャーキャピタル, ベンチャーパートナーズ end a name: the front is no description to cut off."""
    assert name in mention_rules(text), mention_rules(text)


def test_a_description_before_a_common_word_is_still_no_name() -> None:
    """大手ベンチャーキャピタル: a description and a common noun, no company."""
    assert not mention_rules("大手ベンチャーキャピタルは出資した。"), mention_rules(
        "大手ベンチャーキャピタルは出資した。"
    )


def test_the_same_university_is_the_last_university_named() -> None:
    """同大の佐藤教授: the university named before (not 同大会, the same tournament)."""
    found = edges(
        "南海大学の田中一郎教授は講演した。同大の佐藤二郎教授も参加した。同大会には北斗電機の山田一郎社長も来た。"
    )
    assert ("佐藤二郎", "worksFor", "南海大学") in found, sorted(found)
    assert not [e for e in found if e[0] == "山田一郎" and e[2] != "北斗電機"], sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "新潟大学は研究する。新潟大と北斗電機は協定を結んだ。",
        "京都大学は研究する。京都大と北斗電機は協定を結んだ。",
    ],
)
def test_a_university_s_short_name_is_the_university(text: str) -> None:
    """新潟大 ~ 新潟大学; 京都大 is the lexicon's 京都大学: one node each."""
    names = sorted(d["name"] for _, d in kg.build(texts=[text]).graph.nodes(data=True))
    assert len([n for n in names if n.endswith(("大", "大学"))]) == 1, names


def test_an_address_with_a_district_in_parentheses_is_no_alias() -> None:
    """南海化学(岡山県里庄町里見): an address down to the district, not the company's other name."""
    found = nodes("北斗電機は南海化学(岡山県里庄町里見)を買収した。")
    assert "南海化学" in found and "岡山県里庄町里見" not in found, sorted(found)


def test_a_country_opening_a_long_gloss_is_the_head_office() -> None:
    """(米国、売上高約37億円、営業利益約9億円、以下USP社): the country first, figures after it."""
    found = edges(
        "北斗電機は、U.S. Minato Corporation(米国、売上高約37億円、営業利益約9億円、以下USP社)を買収する。"
    )
    assert ("U.S. Minato Corporation", "basedIn", "米国") in found, sorted(found)


def test_a_post_at_the_new_company_is_no_post_at_the_previous_topic() -> None:
    """AとBは新会社Xを設立する。社長にはAのY専務が就任する: Y leads X, not B (the last topic)."""
    found = edges(
        "北斗電機と南海化学は新会社「ソラ物流」を設立する。社長には北斗電機の山田一郎専務が就任する。"
    )
    assert ("山田一郎", "leads", "ソラ物流") in found, sorted(found)
    assert ("山田一郎", "leads", "南海化学") not in found, sorted(found)


def test_a_short_name_after_the_chief_in_a_gloss() -> None:
    """北斗エンジニアリング(山田治夫社長、HEC): the company is named by its chief's gloss still."""
    found = edges("北斗エンジニアリング(山田治夫社長、HEC)は受注した。")
    assert ("山田治夫", "leads", "北斗エンジニアリング") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("北斗HD代表取締役社長 山田一郎氏は語った。", ("山田一郎", "leads", "北斗HD")),
        ("北斗HD代表取締役社長山田一郎氏は語った。", ("山田一郎", "leads", "北斗HD")),
        ("北斗電機取締役山田一郎氏は語った。", ("山田一郎", "worksFor", "北斗電機")),
    ],
)
def test_an_organisation_and_a_post_right_before_the_person(text: str, edge: tuple[str, str, str]) -> None:
    """北斗HD代表取締役社長 山田一郎氏: a press release's organisation, post and person, a space or
    nothing between."""
    assert edge in edges(text), sorted(edges(text))


def test_two_organisations_glued_before_a_person_give_no_post() -> None:
    found = edges("北斗電機と南海化学山田一郎氏は語った。")
    assert not [e for e in found if e[0] == "山田一郎"], sorted(found)


def test_the_same_head_office_is_only_the_glossed_company_s() -> None:
    """A(大阪市)、B(東京都)、C(同)の3社: 同 is C's head office, not A's (the list C ends)."""
    found = edges("北斗電機は、南海化学(大阪市)、ソラ化学(東京都)、北斗物産(同)の3社と提携した。")
    assert ("北斗物産", "basedIn", "東京") in found, sorted(found)
    assert ("南海化学", "basedIn", "東京") not in found, sorted(found)


def test_a_present_name_before_the_gloss_comma_is_an_alias_without_its_mark() -> None:
    """ソラネット(現北斗アイズ、兵庫県三田市): 北斗アイズ is the company's name now, 現 is no part of it."""
    found = nodes("北斗電機はソラネット(現北斗アイズ、兵庫県三田市)を子会社にする。北斗アイズは増産する。")
    assert "現北斗アイズ" not in found and "北斗アイズ" not in found, sorted(found)
    assert "北斗アイズ" in found["ソラネット"]["aliases"], found["ソラネット"]


def test_a_stake_list_in_a_company_kg_did_not_find_is_in_no_other() -> None:
    """ミナトペットへの出資比率は…: the holders' stakes are in ミナトペット, not in the last topic."""
    found = edges(
        "北斗電機は工場建設を受注した。ミナトペットへの出資比率は、南海物産39%、ソラ化学51%、北斗商事10%。"
    )
    assert not [e for e in found if e[1] == "investsIn"], sorted(found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("オーナー社長だった吉田豊治氏は退任する。", "オーナー"),
        ("「ニッチトップ」企業が各分野で顧客を抱える。", "ニッチ"),
    ],
)
def test_a_katakana_role_or_word_before_a_title_is_no_person(text: str, word: str) -> None:
    """オーナー社長 (an owner who is president), ニッチトップ (one word): no person オーナー or ニッチ."""
    assert word not in mention_rules(text), mention_rules(text)


def test_a_katakana_surname_before_a_title_is_still_a_person() -> None:
    assert mention_rules("スミス社長は語った。").get("スミス", ("",))[0] == "Person", mention_rules(
        "スミス社長は語った。"
    )


def test_every_person_listed_for_a_post_takes_it() -> None:
    """北斗電機の社外取締役には、南海化学の山田一郎氏と鈴木次郎氏が就く: both join 北斗電機's board."""
    found = edges("北斗電機の社外取締役には、南海化学の山田一郎氏と鈴木次郎氏が就く。")
    assert ("鈴木次郎", "worksFor", "北斗電機") in found, sorted(found)
    assert ("鈴木次郎", "worksFor", "南海化学") not in found, sorted(found)


def test_people_joining_the_board_of_the_previous_theme() -> None:
    """…。非常勤の取締役には、A社のX氏とB社のY氏が加わった: the previous sentence's company's board."""
    found = edges(
        "南海化学は体制を刷新した。非常勤の取締役には、北斗電機の伊藤一郎氏とソラ商事の原二郎氏が加わった。"
    )
    assert ("伊藤一郎", "worksFor", "南海化学") in found, sorted(found)
    assert ("原二郎", "worksFor", "南海化学") in found, sorted(found)


def test_companies_pooling_money_for_a_new_company_own_it() -> None:
    """AはB(大阪市)などと資金を出し合い、新会社「X」を立ち上げた: A and B invest in X and are partners."""
    found = edges("北斗電機は、南海化学(大阪市)などと資金を出し合い、新会社「ソラ化成」を立ち上げた。")
    assert ("北斗電機", "investsIn", "ソラ化成") in found, sorted(found)
    assert ("南海化学", "investsIn", "ソラ化成") in found, sorted(found)
    assert ("北斗電機", "partnersWith", "南海化学") in found, sorted(found)


def test_profile_lines_end_at_the_next_numbered_heading() -> None:
    """(1)北斗機構 / ・所在地=… / (2)<a body kg did not find> / ・所在地=…: the second place is not (1)'s."""
    text = (
        "3組合の概要は次の通り。\n(1)技術研究組合 北斗スマートコミュニティ推進機構\n・理事長=岩野和生\n"
        "・所在地=北九州市八幡東区\n(2)酸化鉄太陽電池技術研究組合\n・理事長=福武総一郎\n・所在地=岡山市北区"
    )
    found = edges(text)
    assert ("北斗スマートコミュニティ推進機構", "basedIn", "北九州市八幡東区") in found, sorted(found)
    assert ("岩野和生", "leads", "北斗スマートコミュニティ推進機構") in found, sorted(found)
    assert not [e for e in found if e[2] == "岡山市北区" or e[0] == "福武総一郎"], sorted(found)


def test_an_address_word_closed_by_a_town_without_suffix_is_split_into_its_places() -> None:
    """神奈川県川崎市高津区久本 (one word for Sudachi): 神奈川県, 川崎市 and its 高津区."""
    found = mention_rules("本社は神奈川県川崎市高津区久本3-3-17にある。")
    assert {"神奈川県", "川崎市", "川崎市高津区"} <= set(found), found


def test_a_name_after_a_line_of_business_and_a_middle_dot() -> None:
    """食品機械製造業・ミナトヤ, 不動産業・ソラホーム: the line of business, a middle dot, the company."""
    assert (
        mention_rules("宇部市の食品機械製造業・ミナトヤは新型機を開発した。").get("ミナトヤ", ("",))[0]
        == "Company"
    )
    assert mention_rules("不動産業・ソラホームが参入した。").get("ソラホーム", ("",))[0] == "Company"


@pytest.mark.parametrize(
    "text",
    [
        "建設業・リフォーム業は伸びた。",
        "卸売業・フランチャイズ事業を営む。",
        "産業・エネルギー政策を見直す。",
    ],
)
def test_lines_of_business_joined_by_a_middle_dot_are_no_company(text: str) -> None:
    assert not mention_rules(text), mention_rules(text)


def test_a_kanji_line_of_business_after_another_and_a_middle_dot_is_no_company() -> None:
    """客運業・貨物運送業を営む: two lines of business (a kanji one after the dot), no company."""
    assert "貨物運送業" not in mention_rules("上海で客運業・貨物運送業を営む大手と組む。")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "シャープは台湾・鴻海(ホンハイ)精密工業の傘下に入った。",
            ("シャープ", "subsidiaryOf", "鴻海精密工業"),
        ),
        (
            "北斗石油はENEOS(エネオス)ホールディングス(HD)の完全子会社となっている。",
            ("北斗石油", "subsidiaryOf", "ENEOSホールディングス"),
        ),
    ],
)
def test_a_name_whose_ending_follows_a_reading_in_parentheses(text: str, edge: tuple[str, str, str]) -> None:
    """鴻海(ホンハイ)精密工業, ENEOS(エネオス)ホールディングス(HD): one company, its ending after the reading
    (精密工業 alone is no company)."""
    assert edge in edges(text), sorted(edges(text))
    assert "精密工業" not in nodes(text) and "ホールディングス" not in nodes(text), sorted(nodes(text))


def test_a_company_introduced_by_a_cleft_passive_is_the_new_one() -> None:
    """設立されたのはX(…)で、…。出資比率は、A25%、…: the stakes are in X, not in the previous topic."""
    found = edges(
        "北斗電機は新事業を始めた。設立されたのは合同会社ソラソリューション(東京都中央区)で、4社が共同で出資し"
        "3月1日付で発足した。出資比率は、北斗電機25%、南海化学25%、ソラ商事25%、北斗物産25%となっている。"
    )
    for holder in ("北斗電機", "南海化学", "ソラ商事", "北斗物産"):
        assert (holder, "investsIn", "ソラソリューション") in found, sorted(found)


def test_a_ratio_of_growth_is_no_stake_holder() -> None:
    assert not mention_rules("出資比率は、前年比5%増、合計100%だった。")


def test_a_kanji_name_after_a_kind_of_company_and_a_middle_dot() -> None:
    """創業者の資産管理会社・明和は…: the company after the description."""
    found = mention_rules("創業者の資産管理会社・明和はTOBには応じず、全株式をベインキャピタルへ譲り渡す。")
    assert found.get("明和", ("",))[0] == "Company", found


def test_the_same_company_owning_a_thing_may_be_the_unsaid_subject() -> None:
    """Xは、東京証券取引所で…承認を受けた。…同社株の売買ができる。同社はいま、Yの完全子会社だ: 同社株 is X's
    shares (an owner, not what the unsaid subject acts on), and so is the next 同社."""
    text = (
        "北斗金属(東京)は14日、東京証券取引所で上場の承認を受けたと公表した。3月19日から同社株の売買ができるようになる。\n"
        "同社はいま、南海ホールディングス(HD)の完全子会社となっている。"
    )
    assert ("北斗金属", "subsidiaryOf", "南海ホールディングス") in edges(text), sorted(edges(text))
    assert ("東京証券取引所", "subsidiaryOf", "南海ホールディングス") not in edges(text), sorted(edges(text))


def test_a_stake_list_in_a_profile_is_in_the_profile_s_company() -> None:
    """<北斗電機のプロフィール> / ○大株主と持株比率:A25%、B6%: the stakes are in 北斗電機."""
    text = (
        "北斗HDは南海物産への出資を決めた。\n<北斗電機のプロフィール>\n○本店所在地:神奈川県川崎市高津区\n"
        "○大株主と持株比率:南海化学25.03%、ソラ商事6.17%"
    )
    found = edges(text)
    assert ("南海化学", "investsIn", "北斗電機") in found, sorted(found)
    assert ("ソラ商事", "investsIn", "南海物産") not in found, sorted(found)


def test_a_quoted_common_word_ending_in_sha_is_no_company() -> None:
    assert not mention_rules("「神社」と「本社」は別の言葉だ。"), mention_rules(
        "「神社」と「本社」は別の言葉だ。"
    )


def test_a_title_and_a_middle_dot_before_the_person() -> None:
    """北斗電機は、代表取締役・山田洋祐に…一任する: the post is written before the name, a dot between."""
    found = edges("北斗電機は、代表取締役・山田洋祐に決定の権限を一任する。")
    assert ("山田洋祐", "leads", "北斗電機") in found, sorted(found)


def test_a_group_holding_company_s_stem_is_its_short_form() -> None:
    """北斗文教グループホールディングス, later 北斗文教: one company (グループホールディングス dropped)."""
    text = (
        "南海HDは、北斗文教グループホールディングスの株式を取得する。\n"
        "<北斗文教のプロフィール>\n○代表者:山田一郎代取社長"
    )
    assert "北斗文教" not in nodes(text), sorted(nodes(text))
    assert ("山田一郎", "leads", "北斗文教グループホールディングス") in edges(text), sorted(edges(text))


def test_a_bare_katakana_surname_in_a_deal_is_a_company() -> None:
    """アリーナをナガセへ売り渡す: ナガセ (a surname for Sudachi) with no 氏 or post, a buyer: a company."""
    assert mention_rules("ブリヂストンはアリーナをナガセへ売り渡す。").get("ナガセ", ("",))[0] == "Company"


def test_a_katakana_surname_with_an_honorific_stays_a_person() -> None:
    assert mention_rules("ナガセ氏が出資した。").get("ナガセ", ("",))[0] == "Person"


def test_a_named_span_cut_by_a_comma_is_two_names() -> None:
    """北斗電機やダイセル、コクヨなど: GiNZA's one span over ダイセル、コクヨ is two companies, no name
    holds a comma."""
    found = mention_rules("北斗電機やダイセル、コクヨなどが参加した。")
    assert not [n for n in found if "、" in n], found
    assert found.get("コクヨ", ("",))[0] == "Company", found


def test_a_list_joined_by_ya_and_a_comma() -> None:
    """北斗電機や、ダイセル、コクヨなど: や、 joins the list like や."""
    found = mention_rules("北斗電機や、ダイセル、コクヨなどが参加した。")
    assert found.get("ダイセル", ("",))[0] == "Company", found


def test_an_unnamed_new_company_founded_later_is_not_the_named_one() -> None:
    """ソラセメント was founded long before; 新会社を…設ける founds another one, unnamed: its head
    office is not ソラセメント's, and the new one's investors are not ソラセメント's."""
    text = (
        "南海化学と北斗電機は1998年に折半出資でソラセメントを立ち上げた。両社は事業を統合する。"
        "両社の事業を引き継がせる新会社を21年4月に設ける。本社は東京都千代田区に置く。"
    )
    assert ("ソラセメント", "basedIn", "千代田区") not in edges(text), sorted(edges(text))


def test_a_new_company_restated_unnamed_is_the_named_one() -> None:
    """合弁会社「ソラセメント」を設立する。新会社を4月に設ける: the same company, restated."""
    text = (
        "南海化学と北斗電機は合弁会社「ソラセメント」を設立する。新会社を4月に設ける。"
        "本社は東京都千代田区に置く。"
    )
    assert ("ソラセメント", "basedIn", "千代田区") in edges(text), sorted(edges(text))


def test_a_particle_after_a_legal_form_opens_no_name() -> None:
    """北斗産業(株)から林業部門を: から belongs to the sentence, (株) to 北斗産業."""
    found = mention_rules("前身の北斗木材工業(株)は、北斗産業(株)から林業部門を受け継いだ。")
    assert not [n for n in found if n.startswith("から")], found


def test_two_officers_holding_a_press_conference_do_not_meet() -> None:
    """田中社長と山田会長が会見した: a press conference the two held, not a meeting of the two."""
    text = "北斗電機は増収だった。田中一郎社長と山田次郎会長が会見した。"
    assert ("田中一郎", "meets", "山田次郎") not in edges(text), sorted(edges(text))


def test_a_second_chief_side_by_side_heads_another_body() -> None:
    """田中社長と山田CEOが調印: two chiefs, two companies; the article's is the first one's only."""
    text = "北斗電機は南海化学と提携した。田中一郎社長と山田次郎CEOは台北で調印に臨んだ。"
    found = edges(text)
    assert ("田中一郎", "leads", "北斗電機") in found, sorted(found)
    assert ("山田次郎", "leads", "北斗電機") not in found, sorted(found)


def test_a_chairman_beside_the_president_is_the_article_company_s() -> None:
    """田中社長と山田会長: a company has both posts, one company."""
    text = "北斗電機は増収だった。田中一郎社長と山田次郎会長が会見した。"
    assert ("山田次郎", "leads", "北斗電機") in edges(text), sorted(edges(text))


def test_a_company_two_founded_is_no_one_s_subsidiary() -> None:
    """北斗電機と南海化学が設立したソラ物産: founded by two, a joint one."""
    text = "北斗電機と南海化学が設立したソラ物産は増収だった。"
    assert ("ソラ物産", "subsidiaryOf", "南海化学") not in edges(text), sorted(edges(text))


def test_a_post_at_both_of_a_pair() -> None:
    """両社の社長には髙木靖氏が就いた: the post at each of the two companies the pair stands for."""
    text = (
        "南海電機は北斗化学とソラ物産の全株式を取得し、両社を完全子会社にした。"
        "これを受けて、両社の社長には髙木靖・南海電機理事が就いた。"
    )
    found = edges(text)
    assert ("髙木靖", "leads", "北斗化学") in found, sorted(found)
    assert ("髙木靖", "leads", "ソラ物産") in found, sorted(found)


def test_a_bracketed_outline_heading_opens_a_profile() -> None:
    """〔南海化学の概要〕 on a line of its own: the lines below are its profile."""
    text = "北斗HDは南海化学を買収した。\n〔南海化学の概要〕\n○所在地:兵庫県尼崎市"
    assert ("南海化学", "basedIn", "尼崎市") in edges(text), sorted(edges(text))


def test_a_subject_marked_mo_with_an_object_stays_the_subject() -> None:
    """北斗電機も南海化学を買収した: も marks who acts when the object has its を."""
    found = edges("北斗電機も南海化学を買収した。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)
    assert ("南海化学", "acquires", "北斗電機") not in found, sorted(found)


def test_the_holders_of_a_company_s_shares_as_the_topic() -> None:
    """南海化学の発行済株式については、北斗電機が50%、ソラ物産が20%を取得: both hold stakes in 南海化学."""
    text = (
        "北斗電機は南海化学を子会社化した。南海化学の発行済株式については、北斗電機が50%、"
        "北斗電機の100%子会社であるソラ物産が20%をそれぞれ取得した。"
    )
    assert ("ソラ物産", "investsIn", "南海化学") in edges(text), sorted(edges(text))


def test_a_post_after_the_second_of_two_names_is_both_only_with_ryo() -> None:
    """田中一郎、山田次郎両副社長: both hold the post; 田中一郎、山田次郎副社長: the second only."""
    both = edges("北斗電機は増収だった。田中一郎、山田次郎両副社長が出席した。")
    assert ("田中一郎", "worksFor", "北斗電機") in both, sorted(both)
    one = edges("北斗電機は増収だった。田中一郎、山田次郎副社長が出席した。")
    assert ("田中一郎", "worksFor", "北斗電機") not in one, sorted(one)


def test_a_given_name_read_as_a_common_word_before_an_honorific() -> None:
    """藤井 / 一喜 / 氏: Sudachi reads 一喜 as a common noun; the honorific makes it the given name."""
    assert "藤井一喜" in mention_rules("藤井一喜氏は語った。")


def test_a_name_ner_took_for_a_person_stays_the_company_a_cue_found() -> None:
    """米食品大手のジェネラル・ハーモン, then ジェネラル・ハーモンでは (NER: a person): the company
    throughout, and the headline's too."""
    text = (
        "ジェネラル・ハーモン、高級ペットフード会社を買収へ\n"
        "米食品大手のジェネラル・ハーモンは、米ペットフード大手のソラ・ペット・プロダクツを買収することで"
        "合意したと23日に明らかにした。\n"
        "ジェネラル・ハーモンでは、主力である朝食用のシリアルやヨーグルトの売れ行きが伸び悩んでいる。"
    )
    assert nodes(text)["ジェネラル・ハーモン"]["type"] == "Company", nodes(text)["ジェネラル・ハーモン"]


def test_a_dot_inside_a_gloss_parts_no_list_items() -> None:
    """北斗電機(山田一郎社長―本社・大阪市北区)、南海化学(…)の2社: the gloss's dot ends no company."""
    text = (
        "北斗電機(山田一郎社長―本社・大阪市北区)、南海化学(田中次郎社長―本社・青森県横浜町)の2社が、"
        "ミナト商事の実施する第三者割当増資の引き受け手となる。"
    )
    found = nodes(text)
    assert not any(name.endswith(")") for name in found), sorted(found)
    assert ("北斗電機", "investsIn", "ミナト商事") in edges(text), sorted(edges(text))


def test_a_legal_form_after_a_name_ner_found_is_no_part_of_it() -> None:
    """日本グリーンファーム㈱(…) as GiNZA's NER finds it: the company is 日本グリーンファーム."""
    text = (
        "北斗電機㈱(末澤壽一社長―本社・大阪市北区)、"
        "日本グリーンファーム㈱(永井賢一社長―本社・青森県横浜町)の2社が出資する。"
    )
    assert "日本グリーンファーム" in nodes(text), sorted(nodes(text))


def test_a_latin_name_with_and_without_its_legal_form_and_its_capitals_are_one_company() -> None:
    """PNB Consolidated, PNB Consolidated Pty Ltd and PNB社: one company."""
    text = (
        "北斗が豪PNB Consolidatedの全株を取得\n"
        "北斗電機は1月20日、豪州で美容事業を営むPNB Consolidated Pty Ltdの全株式を手に入れ、"
        "100%子会社にした。PNB社が持つブランドを取り込む。"
    )
    found = [name for name in nodes(text) if "PNB" in name]
    assert len(found) == 1, found


def test_a_company_written_short_is_the_one_company_of_that_stem() -> None:
    """北浜重工, 北浜重工業, then 北浜の山田一郎社長: 北浜 is 北浜重工業; 北浜造 is 北浜造船 (Nikkei's short
    form); 北斗 beside 北斗商事 and 北斗電機 is neither."""
    one = nodes(
        "北浜重工は新型船を受注した。北浜重工業の株価は上がった。会見には北浜の山田一郎社長も同席した。"
    )
    assert "北浜" not in one, sorted(one)
    short = nodes(
        "北浜造船所(本社・大阪市)は新型船を受注した。北浜造船は増産する。北浜造の山田一郎社長は述べた。"
    )
    assert "北浜造" not in short, sorted(short)
    two = nodes("北斗商事と北斗電機は提携した。会見には北斗の山田一郎社長も同席した。")
    assert "北斗商事" in two and "北斗電機" in two, sorted(two)


def test_a_unit_named_before_its_head_is_no_other_organisation() -> None:
    """取締役経営企画本部本部長の加藤一郎氏: 経営企画本部 is a unit of the article's company, not another
    organisation left unrecognised (SBIの北尾社長 still is one)."""
    found = edges("北斗電機は南海工業を買収する。取締役経営企画本部本部長の加藤一郎氏が説明した。")
    assert ("加藤一郎", "worksFor", "北斗電機") in found, sorted(found)
    found = edges("北斗電機は南海工業を買収する。営業本部長の加藤一郎氏が説明した。")
    assert ("加藤一郎", "worksFor", "北斗電機") in found, sorted(found)


def test_a_list_joined_by_to_and_a_comma_goes_on_to_its_last_joint() -> None:
    """北斗電機と、ソラ物産、及びミナト商会の3社: 北斗電機 is in the list (と、 alone may end a subject)."""
    found = edges("北斗電機と、ソラ物産、及びミナト商会の3社で共同会社を香港に立ち上げる。")
    pair = {("北斗電機", "partnersWith", "ソラ物産"), ("ソラ物産", "partnersWith", "北斗電機")}
    assert pair & set(found), sorted(found)


def test_running_a_company_together_is_a_partnership() -> None:
    """北斗重工が南海化学と共同運営している: partners."""
    found = edges("北斗重工が南海化学と折半出資で共同運営している。")
    assert ("北斗重工", "partnersWith", "南海化学") in found, sorted(found)


def test_making_a_glossed_company_a_subsidiary_is_taking_it_over() -> None:
    """北斗電機は、南海化学(大阪市)を子会社にする: acquires, as 子会社化する says."""
    found = edges("北斗電機は、南海化学(大阪市)を子会社にする。")
    assert ("北斗電機", "acquires", "南海化学") in found, sorted(found)


def test_the_count_of_holders_before_a_stake_list_is_no_company_held() -> None:
    """3社の出資比率は、A38%、B31%、C31%: the three hold the new company, not the count."""
    text = (
        "北斗電機、南海化学、ソラ物産の3社は新会社ミナトを設立する。"
        "3社の出資比率は、北斗電機38%、南海化学31%、ソラ物産31%。"
    )
    assert ("南海化学", "investsIn", "ミナト") in edge_rules(text), sorted(edge_rules(text))
    assert "investsIn.stake_list" in edge_rules(text)[("南海化学", "investsIn", "ミナト")]


def test_a_dotted_name_with_a_company_s_part_before_a_post_is_the_company() -> None:
    """ソラハウス・ディベロップメント常務取締役の吉田真太郎氏: ディベロップメント ends companies' names; the
    dotted name before the post is the company, not a person."""
    found = nodes("㈱ソラハウス・ディベロップメント常務取締役・開発事業部長の吉田真太郎氏が説明した。")
    assert found["ソラハウス・ディベロップメント"]["type"] == "Company", found


def test_a_city_with_its_district_in_parentheses_is_no_company() -> None:
    """群馬県南浜市(赤堀地区): a city and its district, not a company glossed with its head office."""
    found = nodes("同市と群馬県南浜市(赤堀地区)の廃棄物を処理している。")
    assert all(d["type"] != "Company" for d in found.values()), found


def test_a_post_a_relative_clause_says_the_person_took_up() -> None:
    """後任の社長となった山田一郎氏 / 社長に就任した山田一郎氏: the post is 社長 (the article's company's)."""
    for text in (
        "北斗電機は再建を急ぐ。後任の社長となった山田一郎氏は改革を進めた。",
        "北斗電機は再建を急ぐ。社長に就任した山田一郎氏は改革を進めた。",
    ):
        assert ("山田一郎", "leads", "北斗電機") in edges(text), sorted(edges(text))
    assert not edges("北斗電機は再建を急ぐ。話題となった山田一郎氏は改革を進めた。")


def test_a_post_after_the_dot_is_the_persons_own() -> None:
    """三崎政直・京丹後市長、呉公太・北斗会中央本部団長: each name has its post after the dot; the 市長 before
    呉公太 is the previous person's, so 呉公太 leads no city."""
    found = edges("来賓としては、三崎政直・京丹後市長、呉公太・北斗会中央本部団長らが顔をそろえた。")
    assert ("三崎政直", "leads", "京丹後市") in found, sorted(found)
    assert not any(s == "呉公太" and o == "京丹後市" for s, _, o in found), sorted(found)


def test_listed_names_with_their_head_offices_are_companies() -> None:
    """北斗書店(大阪市)と東京北斗書店(東京・豊島)の2社: each item glossed with its head office is a name,
    whatever Sudachi reads its words as; 両社 in the next sentence are both."""
    text = (
        "店舗は、北斗書店(大阪市)と東京北斗書店(東京・豊島)の2社が運営している。"
        "南海電機は2019年4月に両社をともに子会社化した。"
    )
    found = nodes(text)
    assert found["北斗書店"]["type"] == "Company", found
    assert ("北斗書店", "subsidiaryOf", "南海電機") in edges(text), sorted(edges(text))


def test_every_subsidiary_a_list_after_the_kind_names() -> None:
    """子会社であるミナトテック及びソラネクスト: both katakana names are companies, both subsidiaries."""
    found = edges("南海電機は、子会社であるミナトテック及びソラネクストの事業を北斗化学に譲渡する。")
    assert ("ミナトテック", "subsidiaryOf", "南海電機") in found, sorted(found)
    assert ("ソラネクスト", "subsidiaryOf", "南海電機") in found, sorted(found)


def test_an_allotment_to_shareholders_names_no_investor() -> None:
    """株主に対して1株につき2株の割合で割り当てる: a split among all holders, no company allotted shares."""
    assert not edges("北斗化学は、株主に対して1株につき2株の割合で割り当てる。")


def test_a_common_word_after_the_business_run_is_no_company() -> None:
    """食品事業を手がけるメーカー: the maker is a kind, not a name."""
    assert not nodes("食品事業を手がけるメーカーが増えた。物流事業を展開するグループ会社が担う。")


def test_a_company_after_its_country_and_a_dot_stays_a_company() -> None:
    """北斗化学(ドイツ・ミナトの子会社): a country and a dot before a name in a gloss, then の: no city."""
    found = nodes("北斗化学(ドイツ・ミナトソフトの子会社)が発表した。")
    assert all(d["type"] != "Place" for d in found.values()), found


def test_a_chief_in_the_gloss_of_a_quoted_company_leads_it() -> None:
    """盛岡市の「北斗建設」(中村康彦社長)の株式: the chief is the quoted company's, not the buyer's."""
    found = edges("南海電機は、盛岡市の「北斗建設」(中村康彦社長)の株式をすべて取得した。")
    assert ("中村康彦", "leads", "北斗建設") in found, sorted(found)
    assert ("中村康彦", "leads", "南海電機") not in found, sorted(found)


def test_what_a_group_company_did_is_no_company() -> None:
    """子会社の事業部門 / 子会社の売上高 / 持ち株会社の設立: a unit, a figure or an act of the company, not a
    company's name."""
    text = (
        "子会社の事業部門を売却した。子会社の売上高が伸びた。持ち株会社の設立を決めた。"
        "子会社の経営陣が交代した。"
    )
    assert not nodes(text), nodes(text)


def test_a_quoted_remark_before_its_speaker_is_no_company() -> None:
    """「いつかは北斗化学を打ち負かしたい」(高橋広敏社長): the chief's words, not a company he leads."""
    found = nodes("「いつかは北斗化学を打ち負かしたい」(高橋広敏社長)という思いから、身売りを打診した。")
    assert set(found) == {"北斗化学", "高橋広敏"}, found


def test_a_kind_of_fund_is_no_fund_name() -> None:
    """投資ファンドや官民ファンド、政府系ファンド: kinds of fund, no body's name."""
    assert not nodes("北斗化学は投資ファンドや官民ファンド、政府系ファンドから出資を受けた。").keys() - {
        "北斗化学"
    }


def test_a_company_two_set_up_together_is_no_ones_subsidiary() -> None:
    """ソラテックは南海電機と北斗化学が共同で立ち上げた合弁会社だ: a joint venture, no one's subsidiary."""
    found = edges("ソラテックは南海電機と北斗化学が共同で立ち上げた合弁会社だ。")
    assert not any(p == "subsidiaryOf" for _, p, _ in found), sorted(found)


def test_an_adverb_before_a_name_is_no_part_of_it() -> None:
    """8月に突然ミナトホールディングスとの業務提携を打ち出した: 突然 (suddenly) opens no company's name."""
    found = nodes("北斗化学が8月に突然ミナトホールディングスとの業務提携を打ち出した。")
    assert "ミナトホールディングス" in found, found
    assert not any(n.startswith("突然") for n in found), found


def test_the_head_of_a_body_written_with_its_post() -> None:
    """呉公太・北斗会中央本部団長: 団長 heads the body written before it (no government named
    中央本部団長)."""
    found = edges("来賓としては、三崎政直・京丹後市長、呉公太・北斗会中央本部団長らが顔をそろえた。")
    assert ("呉公太", "leads", "北斗会中央本部") in found, sorted(found)
    assert "中央本部団長" not in nodes("来賓としては、呉公太・北斗会中央本部団長らが顔をそろえた。")


def test_a_lexicon_company_written_with_its_group_is_the_company() -> None:
    """サイバーエージェントグループの傘下: the listed company's group is the company (one node); a group
    the lexicon lists apart (ソフトバンクグループ) keeps its own entry."""
    found = edges("北斗化学は、サイバーエージェントグループの傘下に入る。")
    assert ("北斗化学", "subsidiaryOf", "サイバーエージェント") in found, sorted(found)
    assert "ソフトバンクグループ" in nodes("ソフトバンクグループは増資した。")


def test_a_unit_set_up_is_no_customer_of_what_is_made() -> None:
    """上海に子会社の北斗食品を置き、生産している: the unit is where things are made, not whom they are made
    for (the 向けに case the cue needs is unsaid)."""
    found = edges("南海電機は、上海に子会社の北斗食品を置き、生産している。")
    assert ("北斗食品", "subsidiaryOf", "南海電機") in found, sorted(found)
    assert not any(p == "supplies" for _, p, _ in found), sorted(found)


def test_a_facility_with_its_city_is_no_company() -> None:
    """工場(堺市)が稼働した / 会場(横浜市)には: a facility or a venue with its city, not a company's name."""
    assert set(nodes("工場(堺市)が稼働した。会場(横浜市)には多くの人が集まった。")) <= {"堺市", "横浜市"}


def test_a_name_stays_one_phrase_and_a_topic_is_no_names() -> None:
    """北斗電機と|ミナト|化学が: GiNZA may cut an unknown name in two; the name is one phrase. A topic GiNZA
    hangs on a name marked が goes to the sentence's predicate (no noun takes a topic)."""
    from kg.parse import parse_batch
    from kg.read import make_document
    from kg.relations.phrases import build_phrases

    text = "ソラ物産は、北斗電機とミナト化学が出資する会社だ。"
    sent = parse_batch([make_document("d", "d", text)])[0].sentences[0]
    name = (text.index("ミナト化学"), text.index("ミナト化学") + len("ミナト化学"))
    phrases = build_phrases(sent, [name])
    assert "ミナト化学が" in [text[p.start : p.end] for p in phrases]
    topic = phrases[0]
    assert text[topic.start : topic.end] == "ソラ物産は、" and phrases[topic.head].head < 0


def test_a_gloss_is_the_last_names_unless_it_says_every() -> None:
    """北斗電機と南海化学(大阪市): the city is 南海化学's; (いずれも大阪市): both companies'."""
    alone = edges("北斗電機と南海化学(大阪市)が経営統合する。")
    assert ("南海化学", "basedIn", "大阪市") in alone and ("北斗電機", "basedIn", "大阪市") not in alone
    both = edges("北斗電機と南海化学(いずれも大阪市)が経営統合する。")
    assert ("北斗電機", "basedIn", "大阪市") in both, sorted(both)


def test_the_subject_of_a_reported_clause_is_its_own() -> None:
    """北斗電機は、ソラ物産がミナト化学と提携すると発表した: ソラ物産 ties up; 北斗電機 only reports it."""
    found = edges("北斗電機は、ソラ物産がミナト化学と提携すると発表した。")
    assert ("ソラ物産", "partnersWith", "ミナト化学") in found, sorted(found)
    assert ("北斗電機", "partnersWith", "ミナト化学") not in found, sorted(found)


def test_a_place_before_a_listed_name_is_no_member() -> None:
    """Aと、蘇州市の政府系企業であるBの2社: the city describes B; the two are A and B."""
    found = edges("今回の合弁事業に加わるのは、北斗電機と、北浜市の政府系企業であるソラ物産の2社。")
    assert ("北斗電機", "partnersWith", "ソラ物産") in found, sorted(found)
    assert not any(p == "partnersWith" and "北浜市" in (s, o) for s, p, o in found), sorted(found)


def test_a_quoted_remark_before_a_chief_is_no_company() -> None:
    """「業界を変えたい」山田一郎社長: a remark, not a company (it is no name: a verb ends it)."""
    assert "業界を変えたい" not in nodes("「業界を変えたい」山田一郎社長は語った。")


def test_a_name_after_a_post_in_a_caption_or_byline() -> None:
    """取締役 執行役員 青山 真二 / 北斗経済 記者 渡辺 拓未 / (ソラジャパン編集長=熊澤 義一): a spaced
    name after a post written on its own; not after a post that closes another's name (山田一郎社長
    鈴木次郎専務: 鈴木次郎 is no 社長)."""
    found = {
        name: d["type"]
        for name, d in nodes("北斗経済 記者 渡辺 拓未。(ソラジャパン編集長=熊澤 義一)").items()
    }
    assert found.get("渡辺拓未") == "Person" and found.get("熊澤義一") == "Person", found
    assert found.get("ソラジャパン") != "Person", found
    posts = edges("北斗電機の山田一郎社長 鈴木次郎専務が出席した。")
    assert ("鈴木次郎", "leads", "北斗電機") not in posts, sorted(posts)


def test_a_roster_after_a_new_company_is_its_people() -> None:
    """新会社の役員は次の通り。▽社長=鈴木次郎 ▽取締役=山田英之、板橋好和: each name of the roster holds its
    post at the new company, not at the article's main one."""
    found = edges(
        "北斗電機は新会社ソラ物産を設立する。新会社の役員は次の通り。\n▽社長=鈴木次郎\n▽取締役=山田英之、板橋好和"
    )
    assert ("鈴木次郎", "leads", "ソラ物産") in found, sorted(found)
    assert ("板橋好和", "worksFor", "ソラ物産") in found, sorted(found)
    assert ("板橋好和", "worksFor", "北斗電機") not in found, sorted(found)


def test_a_city_and_a_town_in_a_gloss_are_no_other_name() -> None:
    """北斗電機(多摩市落合): the head office's city and town, not another name of the company."""
    found = edges("北斗電機(多摩市落合)は、新製品を出した。")
    assert ("北斗電機", "basedIn", "多摩市") in found, sorted(found)


def test_a_place_glossed_with_its_prefecture_is_no_company() -> None:
    """淡路(兵庫県)や石州(島根県): places with their prefectures, not companies with head offices."""
    found = nodes("三州は、淡路(兵庫県)や石州(島根県)とともに瓦の三大産地に数えられる。")
    assert found.get("淡路", {}).get("type") != "Company", found


def test_a_kind_of_firm_after_a_nationality_is_not_the_name() -> None:
    found = nodes("北斗楽器、米ドラムメーカーKWを買収へ")
    assert "KW" in found and "ドラムメーカーKW" not in found, sorted(found)


def test_a_wire_dateline_is_not_part_of_the_name() -> None:
    found = nodes("ニューヨーク--北斗電機は11日、新会社を立ち上げた。")
    assert "北斗電機" in found and not any("--" in n for n in found), sorted(found)


def test_a_countrys_unit_is_no_company() -> None:
    found = nodes("北斗駐車場開発株式会社のタイ法人であるミナトパーキング社が新工場を建てる。")
    assert "ミナトパーキング" in found and "タイ法人" not in found, sorted(found)


def test_an_object_hung_on_a_negative_goes_to_the_verb() -> None:
    from kg.parse import parse_batch
    from kg.read import make_document
    from kg.relations.phrases import build_phrases

    text = "北斗電機は、南海精機を事前の同意がないまま傘下に入れた。"
    sent = parse_batch([make_document("d", "d", text)])[0].sentences[0]
    phrases = build_phrases(sent)
    obj = next(p for p in phrases if text[p.start : p.end] == "南海精機を")
    assert text[phrases[obj.head].start : phrases[obj.head].end] == "入れた。"


def test_m_and_a_before_a_name_is_not_part_of_it() -> None:
    found = nodes("M&A北斗電機は9日、南海精機の買収を発表した。")
    assert "北斗電機" in found and not any(n.startswith("M&A") for n in found), sorted(found)


def test_phrases_depend_on_later_ones_across_glosses() -> None:
    # GiNZA hangs Sora Music Group(…)の on 北斗ギター, and 北斗ギター(…)が on 子会社化を
    from kg.parse import parse_batch
    from kg.read import make_document
    from kg.relations.phrases import build_phrases

    text = (
        "北斗電機は7日、子会社の北斗ギター(HGG、米国カリフォルニア州)が、米ギターメーカーであるSora Music Group"
        "(ソラ社、同州)の子会社化を済ませたと明らかにした。"
    )
    sent = parse_batch([make_document("d", "d", text)])[0].sentences[0]
    phrases = build_phrases(sent)
    assert all(p.head < 0 or p.head > p.index for p in phrases)
    subject = next(p for p in phrases if text[p.start : p.end].startswith("北斗ギター"))
    assert text[phrases[subject.head].start : phrases[subject.head].end] == "済ませたと"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("子会社の藤倉商事・東北ミナトがそれぞれ担ってきた事業を一つに集める。", {"藤倉商事", "東北ミナト"}),
        ("北斗商事・南海化学の2社が合併する。", {"北斗商事", "南海化学"}),
    ],
)
def test_two_companies_joined_by_a_middle_dot_are_two(text: str, names: set[str]) -> None:
    found = nodes(text)
    assert names <= set(found) and not any("・" in n for n in found), sorted(found)


def test_a_head_office_clause_before_another_name_is_not_the_subjects() -> None:
    # …に本社を置く工具メーカー、ソラ: the clause describes ソラ, not the company before the cleft's のは
    found = edges("いまの北斗工業が属しているのは、大阪市に本社を置く工具メーカー、南海精工だ。")
    assert ("北斗工業", "basedIn", "大阪市") not in found, found


def test_a_company_after_a_chief_who_is_the_topic_is_not_theirs() -> None:
    found = edges(
        "ソウルの北斗商事は韓国の企業だ。朴会長は1997年に1号店を開き、2001年には、日本で100円ショップを展開していた"
        "南海産業が約4億円を出資した。"
    )
    assert ("朴", "leads", "南海産業") not in found, sorted(found)


def test_a_clause_about_employees_is_not_the_speakers() -> None:
    # 北斗電機で働く従業員: the employees work there, not the chief who speaks of them
    found = edges("南海HDの大原孝治社長は「雇用を続けるのは当然だ」と語り、北斗電機で働く従業員の雇用を守る姿勢を打ち出した。")
    assert ("大原孝治", "worksFor", "北斗電機") not in found, sorted(found)


def test_a_holding_clause_describes_the_name_after_it_not_the_topic() -> None:
    found = edges("北斗電工は、南海電線の株式を100%持つソラ工業と業務提携を結んだ。")
    assert ("北斗電工", "investsIn", "南海電線") not in found, sorted(found)
    assert ("ソラ工業", "investsIn", "南海電線") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name", "etype", "absent"),
    [
        # 傘下 after a name is no part of it
        (
            "米投資ファンドのミナトキャピタル傘下にあり、業績を伸ばした。",
            "ミナトキャピタル",
            "Company",
            "ミナトキャピタル傘下",
        ),
        # a nation of the United Kingdom after 英 is a place, no company
        ("北斗電機は英スコットランドで風力発電所を開発する。", "スコットランド", "Place", ""),
        ("北斗電機はケイマン諸島に本社を置く持ち株会社を買った。", "ケイマン諸島", "Place", ""),
    ],
)
def test_names_and_places_a_company_rule_took(text: str, name: str, etype: str, absent: str) -> None:
    found = nodes(text)
    assert name in found and found[name]["type"] == etype, sorted((n, d["type"]) for n, d in found.items())
    assert not absent or absent not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("北斗電機、南海化学を買収 ミナトファンド傘下の親会社株を取得", "親会社株"),  # a parent's shares
        ("(写真)北斗電機が本社を置くビル(東京・飯田橋)", "ビル"),  # the building
        # a list counted
        ("北斗電機は、ソラ工業、南海化学など製造を担うグループ会社5社を直営にする。", "グループ会社"),
        ("北斗電機はビルを買い取った。", "ビル"),  # what is bought outright may be no company
    ],
)
def test_words_around_companies_are_no_companies(text: str, word: str) -> None:
    assert word not in nodes(text), sorted(nodes(text))


def test_a_company_paying_into_the_topics_units_is_not_one() -> None:
    # 子会社2社に、Xが資本を入れる: X pays in, it is no unit of the topic
    found = edges("北斗製紙は3日、インドネシアで設けた子会社2社に、南海商事(東京)が資本を入れると発表した。")
    assert ("南海商事", "subsidiaryOf", "北斗製紙") not in found, sorted(found)


def test_the_subject_of_a_relative_clause_does_not_buy_its_noun() -> None:
    # 南海化学が出資するソラ工業を買収する: the buyer is the topic before, not the clause's subject
    found = edges("北斗電機は増収だった。南海化学が出資するソラ工業を買収する。")
    assert ("南海化学", "acquires", "ソラ工業") not in found, sorted(found)
    assert ("北斗電機", "acquires", "ソラ工業") in found, sorted(found)


def test_part_of_the_shares_is_a_stake() -> None:
    found = edges("北斗電機はソラ工業の株式を、ミナト社のファンドを通じて一部取得する。")
    assert ("北斗電機", "investsIn", "ソラ工業") in found, sorted(found)
    assert ("北斗電機", "acquires", "ソラ工業") not in found, sorted(found)


def test_a_head_office_clause_is_the_companys_it_describes() -> None:
    # GiNZA hangs 北斗電機が on 置く: the clause describes 南海化学, the buyer's head office is unsaid
    found = edges("北斗電機が大阪市に本社を置く南海化学を買収する。")
    assert ("北斗電機", "basedIn", "大阪市") not in found, sorted(found)
    assert ("南海化学", "basedIn", "大阪市") in found, sorted(found)


def test_the_kind_before_a_quoted_product_is_no_product() -> None:
    found = nodes("北斗電機は、脳波を使ったコミュニケーションツール「soramimi(ソラミミ)」を開発した。")
    assert "soramimi" in found and "コミュニケーションツール" not in found, sorted(found)


def test_who_tenders_shares_into_a_bid_buys_nothing() -> None:
    found = edges(
        "北斗電機は南海化学にTOBを実施した。ソラ・キャピタルは持っていた23.1%分の株式をすべて北斗電機のTOBに"
        "応募しており、売却額は85億円にのぼった。"
    )
    assert ("ソラ・キャピタル", "acquires", "北斗電機") not in found, sorted(found)
    assert ("ソラ・キャピタル", "investsIn", "北斗電機") not in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "北斗HDは昨年、洋上風力に強みを持つ南海建設を子会社にしようとTOB(株式公開買い付け)を実施したものの、不成立に終わった。",
        "北斗HDは南海建設の買収を目指したが、断念した。",
    ],
)
def test_a_deal_that_failed_is_no_relation(text: str) -> None:
    found = edges(text)
    assert not any(p in ("acquires", "subsidiaryOf", "investsIn") for _, p, _ in found), sorted(found)


def test_an_industrial_park_is_a_site() -> None:
    found = nodes("北斗電機は北斗工業団地(宮崎県日向市)に工場を建てる。")
    typed = sorted((n, d["type"]) for n, d in found.items())
    assert found.get("北斗工業団地", {}).get("type") != "Company", typed


def test_members_after_their_own_dates_are_one_list() -> None:
    text = "北斗電機は増収だった。22年2月に南海工業、23年2月にはイタリアのソラ工業を相次いで傘下に収めた。"
    found = edges(text)
    assert ("南海工業", "subsidiaryOf", "北斗電機") in found, sorted(found)
    assert ("ソラ工業", "subsidiaryOf", "北斗電機") in found, sorted(found)
    # a subject, then the date of what it did, is no list
    assert ("北斗電機", "acquires", "南海化学") in edges("北斗電機、24年に南海化学を買収")


def test_a_minority_held_after_a_bid_is_a_stake() -> None:
    found = edges(
        "北斗電機は、約2100億円を投じて南海化学株の株式公開買い付け(TOB)に踏み切り、議決権ベースで最大20.17%を握って"
        "南海化学を持ち分法適用のグループ会社とする。"
    )
    assert ("北斗電機", "investsIn", "南海化学") in found, sorted(found)
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)


def test_a_company_a_list_founds_is_no_unit_of_its_last_member() -> None:
    for text in (
        "北斗電機と南海化学は、地熱発電事業を担う事業会社「ソラ地熱」(岩手県八幡平市)を共同出資で設立した。",
        "北斗電機と南海化学の両社は、事業会社「ソラ地熱」を共同出資で設立した。",
    ):
        found = edges(text)
        assert ("ソラ地熱", "subsidiaryOf", "南海化学") not in found, sorted(found)
        assert ("ソラ地熱", "subsidiaryOf", "北斗電機") not in found, sorted(found)


def test_top_before_a_katakana_word_is_no_post() -> None:
    # トップアスリート: top athletes, no chief of the article's company
    found = edges("北斗電機は増収だった。90年代に山田一郎らトップアスリートと契約した。")
    assert ("山田一郎", "leads", "北斗電機") not in found, sorted(found)


def test_a_chief_in_a_gloss_is_not_the_next_companys() -> None:
    found = edges(
        "3社が共同で出資するソラエナジー(SEJ、山田一郎社長、滋賀県栗東市)について、北斗商事と南海自動車が持つ株式を"
        "すべてミナト電池が買い取る。"
    )
    assert ("山田一郎", "leads", "南海自動車") not in found, sorted(found)


def test_a_unit_named_after_another_companys_ga_is_that_companys() -> None:
    found = edges("ソラ工業は、北斗石油が子会社の南海化学を通じて全額を出資している会社である。")
    assert ("南海化学", "subsidiaryOf", "ソラ工業") not in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗石油") in found, sorted(found)


def test_along_with_a_also_is_no_partnership() -> None:
    # 国は、A社などとともに、同社も助成の対象に選んだ: chosen with them, no partner of the state
    found = edges(
        "北斗電機は工場を建てる。蓄電池の生産を進める国は、南海自動車や西浜自動車などとともに、同社も助成の"
        "対象に選んだ。"
    )
    assert not any(p == "partnersWith" and "南海自動車" in (s, o) for s, p, o in found), sorted(found)


def test_a_clause_that_describes_a_body_is_not_the_topics() -> None:
    # 蓄電池の生産を進める国: the state's aim, no product of the company the sentence before was about
    found = edges(
        "北斗電機は工場を建てる。蓄電池の生産を進める国は、南海自動車などとともに、同社も助成の対象に選んだ。"
    )
    assert ("北斗電機", "develops", "蓄電池") not in found, sorted(found)
    described = edges("南海化学は増収だった。蓄電池の生産を進める北斗電機は、工場を建てた。")
    assert ("北斗電機", "develops", "蓄電池") in described, sorted(described)


def test_the_base_of_a_company_set_up_is_not_the_founders() -> None:
    text = "北斗化学と南海工業は30日、日本を拠点として正極材を手がける合弁会社を設けることで合意した。"
    found = edges(text)
    assert ("北斗化学", "basedIn", "日本") not in found, sorted(found)
    assert ("南海工業", "basedIn", "日本") not in found, sorted(found)


def test_a_company_after_the_new_ones_topic_with_ga_is_no_name_of_it() -> None:
    # 新たな合弁会社は、北斗電機が…を受け継ぐ: 北斗電機 hands its business on, it is not the new company
    found = edges(
        "北斗電機と南海商事は合弁会社の設立で合意した。新たな合弁会社は、北斗電機が手がけてきた負極材の事業を受け継ぐ。"
        "資本金は2億円で、出資の割合は北斗電機が60%、南海商事が40%となる。"
    )
    assert ("南海商事", "investsIn", "北斗電機") not in found, sorted(found)


def test_the_inside_of_a_companys_premises_ends_its_name() -> None:
    from kg.mentions.sources.ner import AFFILIATION_TAIL

    found = AFFILIATION_TAIL.search("北斗工業内")
    assert found is not None and found.start() == len("北斗工業"), found
    assert AFFILIATION_TAIL.search("竹内") is None and AFFILIATION_TAIL.search("北斗内") is None


def test_a_listed_company_is_found_again_and_its_shares_are_not_its_name() -> None:
    text = (
        "キー珈琲、ミナトルノアール株を買い増し 議決権34%に\n\nキー珈琲<2594>は2月、ミナトルノアール<9853>の"
        "普通株式58万株を新たに手に入れた。一方のミナトルノアールは、東京を地盤に喫茶店をチェーンで展開する。"
    )
    assert "ミナトルノアール株" not in nodes(text), sorted(nodes(text))
    assert ("ミナトルノアール", "basedIn", "東京") in edges(text), sorted(edges(text))


def test_a_lineage_before_a_name_is_no_part_of_it() -> None:
    from kg.mentions.sources.patterns import LEADING_FORM

    found = LEADING_FORM.match("英蘭系ソラテック")
    assert found is not None and found.end() == len("英蘭系"), found
    assert LEADING_FORM.match("外資系ソラテック").end() == len("外資系")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ソラテックが藤田一族から株式を買い取った。", "藤田一族"),  # a family, no person
        ("北斗電機はデータを集めた。", "データ"),
    ],
)
def test_a_family_or_a_bare_word_is_no_entity(text: str, word: str) -> None:
    assert word not in nodes(text), sorted(nodes(text))


def test_a_share_of_its_own_opens_no_list_of_holders() -> None:
    """ソラ工業の出資比率は16.1%となり: ソラ工業 holds that share; the holders after it are not its own."""
    found = edge_rules(
        "ミナト商事が発行する新株をソラ工業が引き受ける。これによりソラ工業の出資比率は16.1%となり、"
        "出資後の比率は北斗電機が49.9%、南海化学が34.0%となる。"
    )
    assert not [e for e in found if e[1] == "investsIn" and e[2] == "ソラ工業"], sorted(found)


def test_names_spelled_with_variant_kanji_are_read_and_keep_their_spelling() -> None:
    """﨑, 髙, 濵 are read in their common form by the parser (山崎, 高田, 浜口) and kept as written."""
    found = nodes("北斗電機の山﨑一郎社長、髙田次郎専務、濵口三郎常務が会見した。")
    for name in ("山﨑一郎", "髙田次郎", "濵口三郎"):
        assert found.get(name, {}).get("type") == "Person", sorted(found)


def test_a_headline_phrase_that_opens_with_a_company_and_a_comma_names_its_subject() -> None:
    """…を傘下に 北斗電機、南海化学を買収: 北斗電機 is who buys, no first member of a list of targets."""
    found = edge_rules(
        "大手が中堅を傘下に 北斗電機、南海化学を買収 後継者難に道筋\n\n北斗電機(愛知県豊田市)が南海化学を買収した。"
        "なお、北斗電機グループの売上高は650億円に達する見通しだ。"
    )
    assert ("北斗電機", "acquires", "南海化学") in found
    assert not [e for e in found if e[1] == "acquires" and e[2] != "南海化学"], sorted(found)


def test_a_group_of_makers_is_no_maker() -> None:
    found = nodes("ソラ系の部品メーカーがホシ系の部品メーカーを買い取る例は珍しい。")
    assert not [n for n in found if n.endswith("系")], sorted(found)


def test_companies_merged_into_a_new_one_hold_no_stake_in_it() -> None:
    found = edge_rules("北斗製糖(うるま市)と南海製糖(豊見城市)は合併し、9月1日に新会社「ソラ製糖」を立ち上げる。")
    assert not [e for e in found if e[1] == "investsIn"], sorted(found)


def test_the_theme_of_a_longer_copula_clause_is_what_the_holder_invests_in() -> None:
    """ソラ・アメリカは、米国シアトルにある北斗電機の連結子会社で、北斗電機が75%を出資: the holder invests in the
    theme, not the theme in the holder."""
    found = edge_rules("ソラ・アメリカは、米国シアトルにある北斗電機の連結子会社で、北斗電機が75%を出資している。")
    assert ("北斗電機", "investsIn", "ソラ・アメリカ") in found, sorted(found)
    assert ("ソラ・アメリカ", "investsIn", "北斗電機") not in found, sorted(found)


def test_a_formal_name_with_its_legal_form_in_the_gloss_is_the_same_company() -> None:
    found = nodes("南海ゼミナールが、ソラ進学グループ(株式会社北斗進学/宮城県仙台市)の傘下に加わった。")
    assert "ソラ進学グループ" in found and "北斗進学" not in found, sorted(found)


def test_the_area_a_clause_gives_the_next_company_is_not_the_topics() -> None:
    found = edge_rules(
        "北斗ホールディングスと南海進学研究社の2社は10月2日、北海道を地盤に学習塾を運営するソラ進学会ホールディングス"
        "との間で、資本業務提携を結ぶと公表した。"
    )
    assert ("北斗ホールディングス", "basedIn", "北海道") not in found, sorted(found)


def test_a_unit_that_gives_is_no_parent_of_who_takes() -> None:
    # Xの子会社のファンドからYが受けた出資: the unit is X's, Y takes money from it
    found = edges("買収資金の一部には、北斗銀行の子会社のファンドから南海製作所が受けた1億円の出資をあてた。")
    assert ("南海製作所", "subsidiaryOf", "北斗銀行") not in found, sorted(found)


def test_a_kind_of_fund_is_no_name() -> None:
    # 事業再生ファンドの: the kind of fund the name after it is
    found = nodes("北斗ブレーキ工業は、事業再生ファンドの南海キャピタルの傘下に入る。")
    assert "事業再生ファンド" not in found, sorted(found)
    assert found["南海キャピタル"]["type"] in ("Company", "Organization"), sorted(found)


def test_a_unit_another_funds_is_not_the_topics() -> None:
    # Xは、Yが100%出資する子会社、Zに対し…: Z is Y's unit, not X's; Y (after 合弁相手である) is a company
    found = edges(
        "北斗電機は、合弁相手である南海来福照明集団が100%出資する子会社、南海来福照明集団滄州に対し、ソラ工業株式の"
        "44.2%を売却する。"
    )
    assert ("南海来福照明集団滄州", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("南海来福照明集団滄州", "subsidiaryOf", "南海来福照明集団") in found, sorted(found)


#: A sponsor's new unit takes over a business (…譲り受けることで、合意していた), in a press release's opening.
SPONSOR_RELEASE = (
    "北斗工業株式会社(東京都豊島区 代表取締役社長 山田一郎、以下「北斗工業」)は、民事再生手続き中の"
    "株式会社なごみ(東京都中央区 代表取締役社長 佐藤次郎、以下「旧なごみ」)の事業再生スポンサーに就き、"
    "旧なごみの植物工場事業を、"
    "北斗工業が新たに設けた子会社のソラ株式会社(以下「新生ソラ」)が12月1日付で譲り受けることで、旧なごみと合意していた。"
)


def test_a_clause_made_a_noun_describes_no_topic() -> None:
    # …が譲り受けることで、合意した: こと is no noun the clause describes, the topic is not bought
    found = edges(SPONSOR_RELEASE)
    assert ("新生ソラ", "acquires", "北斗工業") not in found, sorted(found)
    assert ("新生ソラ", "subsidiaryOf", "北斗工業") in found, sorted(found)


def test_a_one_kanji_prefix_before_no_is_no_nationality() -> None:
    # 手続き中の株式会社なごみ: 中 ends the word before it, no China
    found = edges(SPONSOR_RELEASE)
    assert ("旧なごみ", "basedIn", "中国") not in found, sorted(found)
    assert ("旧なごみ", "basedIn", "中央区") in found, sorted(found)


def test_an_alias_a_gloss_declares_beats_a_headlines_reading() -> None:
    # the headline read HTA first, as a company by itself; the gloss then says it is the association's
    from kg.mentions.sources.known import known_names
    from kg.model import Mention

    headline = Mention("d", 0, 0, 3, "HTA", "HTA", "Company", "org.test", refind=True, source="pattern")
    body = Mention(
        "d", 2, 20, 27, "北斗旅行業協会", "北斗旅行業協会", "Organization", "org.test", aliases=("HTA",),
        refind=True, source="pattern",
    )
    known = known_names([headline, body])
    assert (known["HTA"].name, known["HTA"].type) == ("北斗旅行業協会", "Organization")


def test_a_bid_endorsed_is_the_bidders_not_the_targets() -> None:
    # 北斗電機、南海キャピタルのTOBに賛同: the target endorses the bid of the one named with の
    found = edges("北斗電機、南海キャピタルのTOBに賛同 山田会長が経営に残るMBO")
    assert ("南海キャピタル", "acquires", "北斗電機") in found, sorted(found)
    assert ("北斗電機", "acquires", "南海キャピタル") not in found, sorted(found)
    assert ("山田", "leads", "南海キャピタル") not in found, sorted(found)  # a headline's space parts them
    found = edges("北斗飲料、南海HDとミナトキャピタルの買収受け入れを決定 TOBで最大500億円超")
    assert ("北斗飲料", "acquires", "南海HD") not in found, sorted(found)


def test_an_offer_accepted_is_no_thing_used() -> None:
    found = edges("北斗飲料は、南海HDの買収提案を受け入れた。")
    assert ("北斗飲料", "uses", "南海HD") not in found, sorted(found)
    assert ("北斗飲料", "acquires", "南海HD") not in found, sorted(found)


def test_a_fund_of_a_groups_is_no_name() -> None:
    # 南海系ファンド: a fund of 南海's, no name of its own
    found = nodes("北斗電機、南海系ファンドのTOBに賛同 山田会長が経営に残るMBO")
    assert "南海系ファンド" not in found, sorted(found)


def test_a_side_is_the_company_it_is_of() -> None:
    # 南海側が51%: 南海 (the holding written before), not a company named 南海側
    found = nodes(
        "南海ホールディングスは好調だ。買収の受け皿となるのは、南海側が51%、ソラが49%をそれぞれ出資する"
        "ミナト・ホールディングスだ。"
    )
    assert "南海側" not in found, sorted(found)


def test_a_count_says_a_middle_dot_is_inside_a_name() -> None:
    # AとB・C・Dの2社: two companies, so the dots are inside the second name
    found = nodes(
        "欧州のソラ・ミナト・ヨーロピアン・パートナーズと中南米のソラ・ミナト・フェムサの2社に続く。"
    )
    assert not {"ソラ", "ミナト", "フェムサ"} & set(found), sorted(found)
    found = nodes("ソラネット・ミナトの2社が出資した。")
    assert {"ソラネット", "ミナト"} <= set(found), sorted(found)


def test_a_deal_noun_after_a_listed_name_is_no_part_of_it() -> None:
    # a headline's 「…」のX取得、Y: X is bought, 取得 is no part of its name
    found = nodes("北斗運営が「ソラ星が丘」のソラ工業サービス取得、東邦HDは日本化薬からデイサービス承継")
    assert "ソラ工業サービス取得" not in found and "ソラ工業サービス" in found, sorted(found)


def test_a_name_with_mo_after_a_clause_with_an_object_is_acted_on_too() -> None:
    found = edges(
        "北斗ホールディングスは海外で買収を重ねてきた。"
        "09年には豪州のビール大手「南海ネイサン(現南海)」を完全子会社とし、"
        "ブラジルのビール大手「ソラカリオール(現ブラジル北斗)」も11年に100%子会社に組み入れた。"
    )
    assert ("ソラカリオール", "acquires", "南海ネイサン") not in found, sorted(found)
    assert ("南海ネイサン", "subsidiaryOf", "ソラカリオール") not in found, sorted(found)


def test_a_katakana_word_before_kaisha_is_a_kind() -> None:
    # 傘下のファンド会社: a kind of company, no name
    found = nodes("北斗電機は、南海キャピタル傘下のファンド会社が同社株式を対象に実施するTOBに賛同した。")
    assert "ファンド会社" not in found, sorted(found)


def test_a_cleft_focus_is_the_next_clauses_subject() -> None:
    found = edges(
        "北斗電機は13日、南海工業グループの株式を取得すると決めた。存続させるのは南海工業で、本社を徳島県阿南市に置く。"
    )
    assert ("北斗電機", "basedIn", "阿南市") not in found, sorted(found)


def test_a_made_bulb_is_a_product() -> None:
    # 電球, 器具, 金型…: endings of things made
    found = nodes("北斗電機は、自動車用電球を製造している。")
    assert found.get("自動車用電球", {}).get("type") == "Technology", sorted(found)


def test_a_person_of_another_organisation_ends_the_list() -> None:
    found = edges("(左から)北斗電機の島田和幸社長、池森賢二会長、南海化学の磯崎功典社長が登壇した。")
    assert ("池森賢二", "leads", "北斗電機") in found, sorted(found)
    assert ("磯崎功典", "leads", "北斗電機") not in found, sorted(found)


def test_its_unit_after_another_is_not_the_topics() -> None:
    # Xは、Yと、その子会社であるA…: その is Y, the name right before it, not the topic X
    found = edges(
        "北斗電機は9日、南海ホールディングス(南海HD)と、その子会社である南海化学、ソラ物産の3社とともに、新会社を"
        "つくると発表した。"
    )
    assert ("南海化学", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "南海ホールディングス") in found, sorted(found)


def test_shares_are_no_part_of_a_name() -> None:
    # 鉄鋼メーカーSORA株を取得: the name ends before 株 (shares)
    found = nodes("北斗電機は、鉄鋼メーカーSORA株を追加で取得する。")
    assert "SORA株" not in found and "SORA" in found, sorted(found)


def test_a_parent_acting_as_one_is_no_unit() -> None:
    # Xは親会社として、Yの株式の…%を握る: X is the parent, not Y's unit
    found = edges("北斗電機は親会社として、すでに南海化学の発行済み株式の64.98%を握っている。")
    assert ("北斗電機", "subsidiaryOf", "南海化学") not in found, sorted(found)


def test_a_region_is_no_company() -> None:
    # 九州・沖縄地域の子会社: a region whose units are meant, no parent
    found = nodes("北斗HDは同じ6月28日、中国・九州・沖縄地域の子会社7社を地域ごとに再編する。")
    assert "九州・沖縄地域" not in found and "九州・沖縄" not in found, sorted(found)


def test_a_kind_of_shop_is_no_company() -> None:
    found = nodes("北斗市では個人商店や地元商店が減り、鮮魚商店も閉じた。")
    assert not [n for n in found if n.endswith("商店")], sorted(found)


def test_a_quoted_building_is_no_product() -> None:
    found = nodes("本社の所在地は、東京都文京区湯島に建つ「北斗御茶ノ水ビル」の住所とする方針だ。")
    assert found.get("北斗御茶ノ水ビル", {}).get("type") != "Technology", sorted(found)


def test_a_clause_with_its_own_subject_takes_no_topic() -> None:
    # 残る54%は南海化学が自己株として取得する: 南海化学 buys, the topic 北斗HD sells
    found = edges(
        "これに対して北斗HDは、南海化学株の46%をソラ投資側に譲り、残る54%は南海化学が自己株として取得する段取りだ。"
    )
    assert ("北斗HD", "acquires", "南海化学") not in found, sorted(found)


def test_a_group_a_company_belongs_to_is_not_the_topics() -> None:
    # AとBは、Cグループに属するDの事業を…: D is C's, the topic is none of C's
    found = edges(
        "北斗電機と南海化学は、ソラHDグループに属するソラ精機の事業を北斗電機が引き継ぐことで基本合意した。"
    )
    assert not [e for e in found if e[0] == "北斗電機" and e[1] == "subsidiaryOf"], sorted(found)
    assert ("ソラ精機", "subsidiaryOf", "ソラHDグループ") in found, sorted(found)


def test_a_new_companys_name_is_the_next_clauses_subject() -> None:
    # 合弁会社の名称は「X」で、上海に拠点を置く: X is based there, not the topic of the sentence before
    found = edges(
        "北斗電機は南海商事と合弁会社を設立する。新たな合弁会社の名称は「ソラシッピング・北斗ナビゲーションテクノロジー"
        "(上海)」で、上海の自由貿易試験区に拠点を置く。"
    )
    assert ("北斗電機", "basedIn", "上海") not in found, sorted(found)


def test_a_base_of_a_company_described_further_on_is_not_the_topics() -> None:
    # Xは、埼玉県を地盤に…ドラッグストアを運営するY: the base is Y's, however long its clause
    found = edges(
        "北斗ホールディングス(愛知県)は8月19日、埼玉県を地盤に調剤併設型のドラッグストアを運営する南海薬品(埼玉県)"
        "について、株式を取得すると決めた。"
    )
    assert ("北斗ホールディングス", "basedIn", "埼玉県") not in found, sorted(found)


def test_a_steelmaking_process_is_no_company() -> None:
    found = nodes("北斗鋼業は、ソラ製鋼所と提携した。電炉製鋼の技術を磨く。")
    assert "電炉製鋼" not in found, sorted(found)
    assert found["北斗鋼業"]["type"] == "Company" and found["ソラ製鋼所"]["type"] == "Company", sorted(found)


def test_the_first_clauses_subject_does_not_take_over() -> None:
    found = edges(
        "北斗HDはソラ物産と提携した。ソラ物産が株式を売り、北斗HDが南海化学の株式を取得して子会社にする。"
    )
    assert ("ソラ物産", "acquires", "南海化学") not in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "ソラ物産") not in found, sorted(found)


def test_a_made_thing_ends_at_a_headlines_space() -> None:
    # 新工場 フェンダーライナーを生産: the space parts two phrases; the thing made is after it
    found = nodes("北斗電機、米沢に新工場 フェンダーライナーを生産、21年3月の操業めざす")
    assert found["フェンダーライナー"]["type"] == "Technology", sorted(found)
    assert not [n for n in found if " " in n], sorted(found)


def test_players_of_a_country_and_a_zone_are_no_places() -> None:
    found = nodes("中国・韓国勢が安値攻勢を仕掛けた。新工場は中国江蘇省呉江汾湖経済開発区に建設する。")
    assert "韓国勢" not in found and "開発区" not in found, sorted(found)


def test_a_copulas_company_has_no_unit() -> None:
    # もう1件はXで、…を運営するYを買収: X buys Y, Y is no unit of X's yet
    found = edges("もう1件は北斗電機で、学習塾を運営する南海舎(千葉市)の全株式を、2018年1月4日付で買収する。")
    assert ("南海舎", "subsidiaryOf", "北斗電機") not in found, sorted(found)


def test_money_given_is_nothing_supplied() -> None:
    found = edges("北斗電機は南海化学に資金を提供した。")
    assert ("北斗電機", "supplies", "南海化学") not in found, sorted(found)


def test_a_post_taken_past_ones_own_company_is_no_main_companys() -> None:
    # Yの佐藤社長が新しい会長に就き: the post is a body's the sentence leaves unsaid, not the article's
    # company's
    found = edges(
        "北斗旅行は協会に加盟した。任期の満了に伴って役員を改選した結果、南海ツアーズの佐藤次郎社長が新しい"
        "会長に就き、新たな役員の顔ぶれが固まった。"
    )
    assert ("佐藤次郎", "leads", "北斗旅行") not in found, sorted(found)


def test_a_hotel_with_its_chief_in_a_gloss_is_a_company() -> None:
    # 南海ホテル(浜松市、中村哲也社長): the chief says the hotel's name is the company that runs it
    found = nodes("北斗電機は、南海ホテル(長野県松本市、中川哲夫社長)を売る。")
    assert found.get("南海ホテル", {}).get("type") == "Company", sorted(found)


def test_a_group_name_opening_a_listed_companys_name_gives_way_to_it() -> None:
    # 近鉄 (a lexicon name) opening 近鉄損保サービス, listed with 近鉄北斗ホールディングス: one company's name
    found = nodes("北斗電鉄は、近鉄北斗ホールディングスと近鉄損保サービスが持つ南海バス株を買い取る。")
    assert found.get("近鉄損保サービス", {}).get("type") == "Company", sorted(found)
    assert "近畿日本鉄道" not in found, sorted(found)


def test_those_whose_part_is_bought_are_no_buyers() -> None:
    # AとBが持つ分を取得し、同社を子会社にする: A and B sell; the が is a relative clause's
    found = edges(
        "南海バス(三重県鳥羽市)の株式のうち、東邦ホールディングスと東邦保険サービスが持つ分を取得し、同社を"
        "子会社にする。"
    )
    assert ("東邦ホールディングス", "acquires", "南海バス") not in found, sorted(found)
    assert ("南海バス", "subsidiaryOf", "東邦保険サービス") not in found, sorted(found)


def test_shares_a_company_holds_are_no_stake_in_it() -> None:
    # 東邦HDの持ち株を買い取る: the shares 東邦HD holds in another company
    found = edges("北斗電鉄は東邦HDの持ち株を買い取る。")
    assert ("北斗電鉄", "investsIn", "東邦ホールディングス") not in found, sorted(found)


def test_a_post_at_a_new_company_is_not_the_founders() -> None:
    # 持ち株会社「X」を立ち上げた。社長には…が就いた: X's president, not the founder's
    found = edges(
        "北斗電鉄は1日、全額を出資する中間持ち株会社「北斗群馬ホールディングス」(HD、本社前橋市)を立ち上げた。"
        "社長には、松井英二氏が就いた。"
    )
    assert ("松井英二", "leads", "北斗群馬ホールディングス") in found, sorted(found)
    assert ("松井英二", "leads", "北斗電鉄") not in found, sorted(found)


def test_a_unit_held_by_the_company_a_clause_describes_is_not_the_topics() -> None:
    # 南海化学を子会社に持つ東邦精機: 東邦精機's unit, not the topic's
    found = edges("北斗電機は南海化学を子会社に持つ東邦精機と提携した。")
    assert ("南海化学", "subsidiaryOf", "東邦精機") in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗電機") not in found, sorted(found)



def test_kinds_of_business_put_under_a_company_are_no_names() -> None:
    # バスやホテルを傘下に: a headline's kinds of business, no companies taken over
    found = edges("北斗電鉄、群馬の事業まとめる持ち株会社を設立 バスやホテルを傘下に")
    assert not any("ホテル" in (s, o) for s, _p, o in found), sorted(found)


def test_the_holder_of_all_shares_is_no_unit_of_the_company_held() -> None:
    # 南海精機の全株を持つ北斗電機: 北斗電機 is the parent
    found = edges("南海精機の全株を持つ北斗電機は上場した。")
    assert ("北斗電機", "subsidiaryOf", "南海精機") not in found, sorted(found)


def test_an_alias_then_the_chief_in_one_gloss() -> None:
    """北斗電機(以下北斗・山田一郎代表取締役社長): the short name ends at the ・, the chief after it is a
    person, and the short name is found again."""
    text = "北斗電機(以下北斗・山田一郎代表取締役社長)は3日、説明会を開いた。北斗の山田社長が話した。"
    found = nodes(text)
    assert found["山田一郎"]["type"] == "Person", sorted(found)
    assert ("山田一郎", "leads", "北斗電機") in edges(text), sorted(edges(text))
    # a quoted short name with a middle dot stays whole: no chief follows it
    found = nodes("北斗電機(以下「ソラ・テック」)は3日、説明会を開いた。")
    assert "ソラ" not in found, sorted(found)
    assert any("ソラ・テック" in (name, *node["aliases"]) for name, node in found.items()), sorted(found)


def test_a_year_in_parentheses_is_no_securities_code() -> None:
    assert "北斗万博" not in nodes("北斗万博(2025)は開かれた。")


def test_a_verb_before_a_hiragana_name_is_no_part_of_it() -> None:
    """店を構えるみのり(大阪市): the name opens after the verb that describes it."""
    found = nodes("店を構えるみのり(大阪市)が北斗電機と組む。")
    assert found["みのり"]["type"] == "Company", sorted(found)
    assert "るみのり" not in found


def test_a_site_set_up_as_a_unit_is_no_company() -> None:
    assert "新工場" not in nodes("北斗電機は子会社として新工場を設立した。")


def test_not_after_words_still_stop_a_cue_after_another_company() -> None:
    """自社の子会社とする is the subject's own; 東邦精機の子会社とする stays another's."""
    found = edges("北斗電機は南海化学を東邦精機の子会社とする。")
    assert ("南海化学", "subsidiaryOf", "北斗電機") not in found, sorted(found)
    assert ("北斗電機", "acquires", "南海化学") not in found, sorted(found)


def test_a_headline_slash_between_two_names_is_no_topic() -> None:
    """北斗電機/南海化学傘下の…: the slash closes the topic; 北斗電機/南海化学、…: a pair of names."""
    from kg.relations.slots import HEADLINE_TOPIC

    assert HEADLINE_TOPIC.match("«CO#0»/«CO#1»傘下の«CO#2»を子会社に")
    assert not HEADLINE_TOPIC.match("«CO#0»/«CO#1»、合弁会社を設立")
    assert not HEADLINE_TOPIC.match("«CO#0»／«CO#1»と提携")


def test_as_a_unit_with_an_object_is_no_state_of_the_topic() -> None:
    """XはYの子会社としてZを設立: X sets up Z, it is no unit of Y."""
    found = edges("北斗電機は南海化学の子会社としてソラテックを設立した。")
    assert ("北斗電機", "subsidiaryOf", "南海化学") not in found, sorted(found)


def test_verbs_written_with_a_dot_describe_the_name_after_them() -> None:
    """…を開発・販売するX(…)へ出資: X makes the drones, not the investors."""
    found = edges(
        "北斗電機と南海化学、東邦精機の3社は14日、農業用ドローンを開発・販売するソラワークス(東京・渋谷)へ出資したことを"
        "明らかにした。"
    )
    assert ("ソラワークス", "develops", "ドローン") in found, sorted(found)
    assert not [e for e in found if e[1] == "develops" and e[0] != "ソラワークス"], sorted(found)


def test_a_headline_segment_after_a_space_has_its_own_objects() -> None:
    """…を東邦精機へ売却 取得からわずか4年: 取得 is not done to a name of the segment before."""
    found = edges("北斗電機、南海化学を東邦精機へ7月に売却 取得からわずか4年")
    assert ("東邦精機", "acquires", "南海化学") in found, sorted(found)
    assert ("北斗電機", "acquires", "東邦精機") not in found, sorted(found)


def test_a_long_list_in_a_symmetric_cleft_names_no_partners_of_each_other() -> None:
    """新たに提携したのは、A、B、C、Dの4社だ: no pairs among the four (two still are partners)."""
    found = edges("新たに提携したのは、北斗電機、南海化学、東邦精機、ソラ物産の4社だ。")
    assert not [e for e in found if e[1] == "partnersWith"], sorted(found)
    assert ("北斗電機", "partnersWith", "南海化学") in edges("提携したのは、北斗電機と南海化学の2社だ。")


def test_a_headline_segment_shares_what_the_one_before_acts_on() -> None:
    """…南海ビールを約600億円で買収 連結子会社に: the second segment goes on with the first's object."""
    found = edges("北斗HD、タイのビール最大手の南海ビールを約600億円で買収 連結子会社に")
    assert ("南海ビール", "subsidiaryOf", "北斗HD") in found, sorted(found)


def test_a_paper_makers_short_name_is_the_company() -> None:
    """南海北斗製紙, then 南海北斗: the maker's short form (製紙 drops like 化学), found where it is written."""
    found = edge_rules(
        "業界4位の東邦製紙について、創業家が持つ株式を5位の南海北斗製紙が買い取る。南海北斗は東邦製紙と提携する。"
    )
    assert found[("南海北斗製紙", "partnersWith", "東邦製紙")] == ["frame.partnersWith"], found


def test_a_headline_space_ends_what_a_unit_word_describes() -> None:
    """…バンコクに子会社 南海化学が開発する…: the name after the space is no unit of the topic."""
    found = edges("北斗電機、タイの首都バンコクに子会社 南海化学が開発する工業団地で警備を受託")
    assert ("南海化学", "subsidiaryOf", "北斗電機") not in found, sorted(found)


def test_a_company_set_up_to_become_a_unit() -> None:
    """連結子会社となる北斗ベトナムセキュリティを設けた: a company, set up as a unit."""
    found = nodes("北斗電機は、ハノイの警備会社を買収し、連結子会社となる北斗ベトナムセキュリティを設けました。")
    assert found["北斗ベトナムセキュリティ"]["type"] == "Company", sorted(found)


def test_a_shared_surname_goes_to_the_full_name_with_the_same_post() -> None:
    """中江社長 beside 中江良一社長 and 中江理廣会長: the president, no person of its own."""
    found = nodes(
        "北斗ファスナー(印南町、中江良一社長)は28日、起工式を開いた。中江社長は歩みを振り返った。"
        "来賓は、中江理廣会長の功績をたたえた。"
    )
    assert "中江" not in found, sorted(found)
    assert {"中江良一", "中江理廣"} <= set(found), sorted(found)


def test_a_surname_goes_to_a_full_name_written_with_and_without_a_space() -> None:
    found = nodes(
        "北斗製鋼は30日、後藤尚英経営役員(56)を社長に昇格させる人事を明らかにした。後藤氏は営業の道を歩んだ。\n\n"
        "後藤 尚英氏(ごとう・なおひで) 1989年4月に北斗製鋼に入社。"
    )
    assert "後藤" not in found, sorted(found)
    assert [n for n in found if found[n]["type"] == "Person"] == ["後藤 尚英"], sorted(found)


def test_an_honorific_and_a_headline_space_end_the_person() -> None:
    """新理事長に山辺洋介氏 副理事長に…: 氏 is no part of the name; the post after the space is another's."""
    found = nodes(
        "北斗協、新理事長に山辺洋介氏 副理事長に南海コミュニティの髙木社長ら\n\n"
        "総会に続く理事会では、山辺洋介副理事長(65)(北斗不動産会長)を理事長に就けることを了承した。"
    )
    assert "山辺洋介氏" not in found, sorted(found)
    assert found["山辺洋介"]["type"] == "Person", sorted(found)


def test_a_holding_companys_short_name_with_a_word_left_out() -> None:
    """ソラHD beside ソラエネルギーホールディングス: the one holding company whose name opens with ソラ."""
    found = edges("ソラエネルギーホールディングスは石油元売りだ。ソラHDは南海石油と提携した。")
    assert ("ソラエネルギーホールディングス", "partnersWith", "南海石油") in found, sorted(found)
    # two such names: the short one stays apart
    found = nodes("ソラエネルギーホールディングスとソラ化学ホールディングスは会見した。ソラHDは南海石油と提携した。")
    assert "ソラHD" in found, sorted(found)


def test_a_technology_named_with_its_use_is_the_technology() -> None:
    """車載用リチウムイオン電池 beside リチウムイオン電池: one technology, its use written before it."""
    found = nodes("北斗電機は車載用リチウムイオン電池を開発した。リチウムイオン電池の需要は大きい。")
    assert [n for n in found if found[n]["type"] == "Technology"] == ["リチウムイオン電池"], sorted(found)


def test_the_word_before_a_declared_alias_is_no_part_of_a_name() -> None:
    """(本社・東京都豊島区、以下北斗HD): 以下 opens the alias, no company 以下北斗HD."""
    found = nodes("(株)北斗ホールディングス(本社・東京都豊島区、以下北斗HD)は2月10日、協定を交わした。北斗HDは話した。")
    assert "以下北斗HD" not in found, sorted(found)
    assert "北斗HD" in found["北斗ホールディングス"]["aliases"], sorted(found)


def test_a_person_with_a_post_once_held_is_no_company() -> None:
    """岩城一郎氏(当時社長): a person and the post they held then, no company with its chief."""
    found = nodes("北斗電機(株)(滋賀県彦根市)の株主総会で、創業家出身の岩城高一氏(当時社長)と投資ファンドとの争いが表面化した。")
    assert not [n for n in found if found[n]["type"] == "Company" and n.endswith("氏")], sorted(found)


def test_a_lexicon_name_written_with_another_dash() -> None:
    """セブン‐イレブン・ジャパン, セブン−イレブン・ジャパン: the lexicon's セブン-イレブン・ジャパン."""
    for text in ("セブン‐イレブン・ジャパンは新店を開いた。", "セブン−イレブン・ジャパンは新店を開いた。"):
        found = nodes(text)
        assert found["セブン-イレブン・ジャパン"]["type"] == "Company", sorted(found)


def test_the_one_leaving_a_post_held_it() -> None:
    """社長の座を退く山辺明美氏: the post before the words of leaving it is the person's."""
    found = edges("北斗パルプ工業は社長交代を発表した。社長の座を退く山辺明美氏は、顧問に回る。")
    assert ("山辺明美", "leads", "北斗パルプ工業") in found, sorted(found)


def test_a_takeover_among_the_ways_looked_into_is_none_done() -> None:
    """株式の譲渡(子会社化)も含めた協力関係のあり方を探ってきた: no takeover happened."""
    found = edges(
        "北斗電機はここ数年、南海化学をはじめとする複数の会社との間で、株式の譲渡(子会社化)も含めた協力関係の"
        "あり方を探ってきた。"
    )
    assert not [e for e in found if e[1] in ("acquires", "subsidiaryOf")], sorted(found)


def test_a_chinese_companys_director_is_a_post() -> None:
    """王仁祥董事兼副総経理: 董事 is a post (a director), no company 董事兼."""
    found = edges("北斗精工の王仁祥董事兼副総経理と山田和宏副総経理に、事業の進め方を尋ねた。")
    assert "董事兼" not in nodes("北斗精工の王仁祥董事兼副総経理と山田和宏副総経理に、事業の進め方を尋ねた。")
    assert ("王仁祥", "worksFor", "北斗精工") in found, sorted(found)


def test_a_present_clause_of_control_describes_a_holding() -> None:
    """Xを中核子会社とするY / Xを傘下に収めるY: Y holds X, no deal is told; 傘下に収めたY: the deal."""
    found = edges("北斗電機を中核子会社とするソラホールディングスが、早ければ秋にも上場する。")
    assert ("北斗電機", "subsidiaryOf", "ソラホールディングス") in found, sorted(found)
    assert ("ソラホールディングス", "acquires", "北斗電機") not in found, sorted(found)
    found = edges("大手百貨店の「北斗百貨店」などを傘下に収めるミナトリテイリングと、経営統合を公表した。")
    assert ("ミナトリテイリング", "acquires", "北斗百貨店") not in found, sorted(found)
    found = edges("北斗電機を傘下に収めたソラホールディングスが上場を申請した。")
    assert ("ソラホールディングス", "acquires", "北斗電機") in found, sorted(found)


def test_a_latin_name_with_a_reading_inside() -> None:
    """「Sora International(インターナショナル),LLC」: one company, its name without the reading an alias;
    LLC alone is no company."""
    found = nodes("北斗歯科は、米国で椅子をつくる「Sora International(インターナショナル),LLC」を買収する。")
    assert "LLC" not in found, sorted(found)
    names = [(name, *node["aliases"]) for name, node in found.items()]
    assert any("Sora International,LLC" in n for n in names), sorted(found)


def test_a_clause_before_the_topic_with_its_own_subject_keeps_it() -> None:
    """南海化学が北斗物流を子会社化したように、ソラHDは…: the clause's own が, not the topic after it."""
    found = edges("南海化学が北斗物流を子会社化したように、ソラHDは有力な物流子会社を取り込んできた。")
    assert ("南海化学", "acquires", "北斗物流") in found, sorted(found)
    assert ("ソラHD", "acquires", "北斗物流") not in found, sorted(found)


def test_a_short_name_of_a_lexicon_person_alone_stays_the_person() -> None:
    """ショルツ首相: the lexicon's person, where no company pattern reads the name."""
    found = nodes("ショルツ首相が来日し、北斗電機の工場を視察した。")
    assert found["オラフ・ショルツ"]["type"] == "Person", sorted(found)


def test_the_matter_of_a_sentence_is_no_company() -> None:
    """本件が第三者割当増資の形をとる: one common word in a company's role, but a word for the matter."""
    assert "本件" not in nodes("本件が第三者割当増資の形をとる。")


def test_the_name_before_a_tender_offer_is_the_bidder() -> None:
    """ソラHDのTOB / 北斗側のTOB: the bidder's offer, whose target the sentence does not name; 南海化学への
    TOB: the target."""
    found = edges(
        "北斗電機は15日、保有する南海化学の株式をすべて東邦精機に売り渡すと明らかにした。"
        "ソラホールディングスのTOBは、66.67%を下限としている。"
    )
    assert ("北斗電機", "acquires", "ソラホールディングス") not in found, sorted(found)
    found = edges("東邦精機、南海化学株を北斗電機に売却へ 北斗側のTOB成立に前進")
    assert ("東邦精機", "acquires", "北斗電機") not in found, sorted(found)
    assert ("北斗電機", "acquires", "南海化学") in edges("北斗電機は、南海化学へのTOBを始めた。")
    found = edges("北斗キャピタルが南海化学株式の公開買い付けに乗り出すと発表した。")
    assert ("北斗キャピタル", "acquires", "南海化学") in found, sorted(found)  # the shares' company


def test_a_unit_another_glossed_company_funds_is_not_the_topics() -> None:
    """Xは、Y(1332)が100%出資する子会社のZと…: Z is Y's, not X's (the gloss between Y and が)."""
    found = edges(
        "北斗商事株式会社(8002)は、南海水産(1332)が100%出資する子会社のSora Suisan (Europe) B.V.と共同で、"
        "デンマークのMinato Salmon A/Sの株式を取得した。"
    )
    assert ("Sora Suisan (Europe) B.V.", "subsidiaryOf", "南海水産") in found, sorted(found)
    assert ("Sora Suisan (Europe) B.V.", "subsidiaryOf", "北斗商事") not in found, sorted(found)
    assert ("南海水産", "partnersWith", "Sora Suisan (Europe) B.V.") not in found, sorted(found)


def test_a_headline_topic_with_a_nationality_before_it() -> None:
    """米ソラプライド、北斗ELECTRICを…買収へ: the opening name (米 before it) is the headline's topic, not
    one of a list with the object."""
    found = edges(
        "米ソラプライド、北斗ELECTRICを22億ドルで買収へ 縦型炉では東邦と競合\n"
        "半導体製造装置の大手、米ソラプライドマテリアルズは、同じく装置を手がける北斗ELECTRIC(東京都千代田区)を"
        "22億ドルで買い取ると発表した。"
    )
    assert ("ソラプライド", "acquires", "北斗ELECTRIC") in found, sorted(found)
    assert not [e for e in found if e[1] == "acquires" and e[2] == "ソラプライド"], sorted(found)


def test_banks_counted_are_no_bank() -> None:
    """北海道の3信組 / 3信金: a count of credit unions, no name of one."""
    for text in ("北海道の3信組、包括的な連携協定を締結", "北海道の3信金、包括的な連携協定を締結"):
        found = nodes(text)
        assert not [n for n in found if n.startswith("3")], sorted(found)


def test_a_share_exchange_ratio_is_no_company() -> None:
    assert "株式移転比率" not in nodes("共同持ち株会社の株式移転比率は、北斗銀の1に対して南海銀が0・46。")


def test_the_head_of_a_dotted_lexicon_name_written_without_its_dot() -> None:
    """マーベルテクノロジー (the lexicon's マーベル・テクノロジー written without its dot), then マーベル: one
    company, its head before the dot a short form."""
    found = nodes(
        "北斗電機は米半導体大手のマーベルテクノロジーと組んで新会社を設けた。株主構成は、マーベルが55%、"
        "北斗電機が45%を持つ形になる。"
    )
    assert "マーベル" not in found, sorted(found)
    assert "マーベル・テクノロジー" in found, sorted(found)


def test_a_company_under_a_lexicon_persons_short_name() -> None:
    """米製薬大手ナバロの傘下: a company, whose name is also the lexicon's short name of a person; the
    node is the company, not the person."""
    found = nodes("北斗化学は、米製薬大手ナバロの傘下で塗料を手がける子会社を買収すると発表した。")
    assert found["ナバロ"]["type"] == "Company", sorted(found)
    assert "ピーター・ナバロ" not in found, sorted(found)


def test_a_companys_unit_named_for_a_region_stays_its_own() -> None:
    """ソラキャピタル・ジャパン: the fund's unit in Japan, a company of its own beside ソラキャピタル."""
    found = nodes(
        "北斗電機は、米投資ファンドのソラキャピタルの傘下に移った。会見にはソラキャピタル・ジャパンの西直史氏も出席した。"
    )
    assert "ソラキャピタル" in found and "ソラキャピタル・ジャパン" in found, sorted(found)


def test_a_clause_on_a_subsidiary_word_describes_the_name_after_it() -> None:
    """ソラ電機は、北斗化学が100%出資する子会社の北斗化学ソフトを買収: the clause describes 北斗化学ソフト
    (the parse hangs it past 子会社の), not the topic; 北斗化学 holds no stake in ソラ電機."""
    found = edges("ソラ電機は、北斗化学が100%出資する子会社の北斗化学ソフトを買収すると発表した。")
    assert ("北斗化学", "investsIn", "北斗化学ソフト") in found, sorted(found)
    assert ("ソラ電機", "acquires", "北斗化学ソフト") in found, sorted(found)
    assert not [e for e in found if "ソラ電機" in (e[0], e[2]) and e[1] in ("investsIn", "subsidiaryOf")], sorted(
        found
    )


def test_a_descriptive_stem_before_a_company_word_is_no_company() -> None:
    """グループ傘下の中核企業で国内の損保最大手の北斗損保: 中核企業 is a kind of company (as 国内企業, 有力企業),
    and the unit after the two descriptions is the previous topic's."""
    text = "ソラHDは役員人事を発表した。また、グループ傘下の中核企業で国内の損保最大手の北斗損保では、山田一郎氏(49)が社長に就いた。"
    found = nodes(text)
    assert "中核企業" not in found, sorted(found)
    assert ("北斗損保", "subsidiaryOf", "ソラHD") in edges(text)
    assert "有力企業" not in nodes("地元の有力企業が相次いで出資した。北斗電機もその一つだ。")
    assert "中央化学" in nodes("中央化学は、北斗電機に樹脂容器を納める。")  # 中 + 央化学, a name


def test_a_latin_name_with_a_small_joining_word_before_its_legal_form() -> None:
    """Sora Marine Parts and Services GmbH: one name through "and" (not Services GmbH)."""
    found = nodes(
        "北斗化学は、全額出資子会社のSora Marine Parts and Services GmbH(本社:ドイツ・ハンブルク市)を通じて"
        "株式を取得した。"
    )
    assert "Sora Marine Parts and Services GmbH" in found, sorted(found)
    assert "Services GmbH" not in found, sorted(found)


def test_an_investor_noun_described_between_takes_no_ni_object() -> None:
    """«X»に、友好的な出資者である「ホワイトナイト」として立ち向かう: X is who the white knight stands up
    to, not what it puts money in; Xに出資者として加わる still says a stake in X."""
    found = edges(
        "北斗電機は南海精機を支援する。南海精機に買収を持ちかけている台湾の電子部品大手ソラテックに、友好的な"
        "出資者である「ホワイトナイト」として対抗する。"
    )
    assert ("北斗電機", "investsIn", "ソラテック") not in found, sorted(found)
    assert ("ソラ物産", "investsIn", "北斗化学") in edges("ソラ物産は、北斗化学に出資者として加わる。")


def test_a_clause_on_a_large_holder_before_a_company() -> None:
    """大株主である創業者の支持を取り付け、北斗電機に求めた: 北斗電機 is who is pressed, no holder of the
    article's company; 筆頭株主である米ファンド、南海キャピタル is one."""
    found = edges("南海キャピタルは北斗電機に買収を提案した。大株主である創業者の支持を取り付け、北斗電機に経営方針の再考を求めた。")
    assert ("北斗電機", "investsIn", "南海キャピタル") not in found, sorted(found)
    found = edges("北斗電機は買収提案を受けた。筆頭株主である米ファンド、南海キャピタルは反対した。")
    assert ("南海キャピタル", "investsIn", "北斗電機") in found, sorted(found)


def test_shares_handed_over_are_no_support() -> None:
    """南海化学に交付する株式は自己株式でまかなう: shares handed over in an exchange, no help given."""
    found = edges(
        "北斗通信は南海化学を株式交換で完全子会社にする。南海化学に交付する株式は、北斗通信の自己株式でまかなう。"
    )
    assert ("北斗通信", "supports", "南海化学") not in found, sorted(found)
    assert ("南海化学", "subsidiaryOf", "北斗通信") in found, sorted(found)


def test_the_holding_company_that_binds_both() -> None:
    """両社を束ねる持ち株会社のX: both companies named before (北斗火災保険, a fire insurer's name) are X's."""
    found = edges(
        "業界2位の北斗火災保険と5位の南海損害保険が合併する方向で調整に入った。両社を束ねる持ち株会社の"
        "ソラ・インシュアランスホールディングスが12日に発表した。"
    )
    for unit in ("北斗火災保険", "南海損害保険"):
        assert (unit, "subsidiaryOf", "ソラ・インシュアランスホールディングス") in found, sorted(found)


def test_a_katakana_word_before_a_divisions_post_is_no_person() -> None:
    """ソラ化学のメタクリル事業部長などを歴任: the division's line of business, no person's name."""
    found = nodes("山田一郎氏は、ソラ化学のメタクリル事業部長などを歴任し、2019年4月から現職。")
    assert "メタクリル" not in found, sorted(found)
    assert "山田一郎" in found, sorted(found)


def test_a_stake_in_an_unnamed_new_company_is_not_the_others() -> None:
    """北斗化成が…事業を切り出して新会社を設け、この新会社に南海化学が40%を出資: the stake is in the
    new company (unnamed), not in 北斗化成, the one other company of the sentence."""
    found = edges(
        "北斗化成が北斗事業所で手がけるフィルター素材の事業を2015年4月1日付で切り出して新会社を設け、"
        "この新会社に南海化学が40%を出資する。"
    )
    assert ("南海化学", "investsIn", "北斗化成") not in found, sorted(found)


def test_a_surname_whose_first_letter_sudachi_reads_alone() -> None:
    """ソラ商事の北畑健一社長: Sudachi reads 北 / 畑 / 稔; the surname is 北畑, not 畑."""
    found = nodes("会見には、ソラ商事の北畑健一社長と南海集団の幹部が出席した。")
    assert "北畑健一" in found and "畑健一" not in found, sorted(found)


def test_a_name_glossed_with_a_reading_after_each_part() -> None:
    """星野(ほしの)誠(まこと)氏: one person, 星野誠 (not 保 alone)."""
    found = nodes("後任の社長には、事業会社の北斗バーガーで社長を務める星野(ほしの)誠(まこと)氏(58)が就く。")
    assert "星野誠" in found and "保" not in found, sorted(found)


def test_an_industry_before_a_word_for_a_company_is_no_name() -> None:
    """繊維商社 (as 鉄鋼会社): a kind of company; the unit after 傘下にある繊維商社、 is the parent's."""
    text = "繊維商社のソラ商事は8日、北斗商事の傘下にある繊維商社、ミナトテックスインターナショナルを買収すると発表した。"
    assert "繊維商社" not in nodes("ソラ商事、北斗商事傘下の繊維商社を取得へ 業界再編が加速\n\n" + text)
    assert ("ミナトテックスインターナショナル", "subsidiaryOf", "北斗商事") in edges(text)


def test_a_genre_before_a_directors_post_is_no_body() -> None:
    """山田一郎監督の長男でアニメーション監督の山田次郎氏の名: アニメーション is what he directs, no organisation."""
    found = nodes("北斗スタジオの後継には、山田一郎監督の長男でアニメーション監督の山田次郎氏の名が挙がった。")
    assert "アニメーション" not in found, sorted(found)
    assert "山田次郎" in found, sorted(found)


def test_a_listed_person_with_no_post_of_his_own_is_nobodys() -> None:
    """北斗電機の山田一郎社長と佐藤次郎氏が会談: 佐藤 has no post written; no worksFor from the list."""
    found = edges("北斗電機の山田一郎社長と佐藤次郎氏が会談した。")
    assert ("佐藤次郎", "worksFor", "北斗電機") not in found, sorted(found)


def test_shares_of_a_company_bought_are_a_stake() -> None:
    """得る資金を南海化学株の取得に振り向ける: shares bought, a stake (no word of control)."""
    found = edges("北斗フーズは、自己株式の処分で得る約19億円を、南海化学株の取得に振り向ける。")
    assert ("北斗フーズ", "investsIn", "南海化学") in found, sorted(found)
    assert ("北斗フーズ", "acquires", "南海化学") not in found, sorted(found)


def test_a_holder_listed_open_before_a_relative_clause() -> None:
    """北斗商事などが持つ株式を取得して…を完全子会社とする: 北斗商事 holds the shares bought, it buys
    nothing; the topic does."""
    found = edges(
        "南海キャピタルは今回のTOBを通じ、北斗商事などが持つ株式を取得してソラ食品ホールディングスを完全子会社とする計画だ。"
    )
    assert ("南海キャピタル", "acquires", "ソラ食品ホールディングス") in found, sorted(found)
    assert not [e for e in found if e[0] == "北斗商事" and e[1] == "acquires"], sorted(found)
    assert ("ソラ食品ホールディングス", "subsidiaryOf", "北斗商事") not in found, sorted(found)


def test_the_surviving_company_absorbs() -> None:
    """北斗繊維工業を存続会社として南海繊維工業を吸収合併する: the survivor absorbs the other; the
    parents of the previous sentence absorb neither."""
    found = edges(
        "北斗化学と南海化成は、繊維事業の子会社同士を統合すると発表した。来年4月1日をめどに、"
        "北斗繊維工業を存続会社として南海繊維工業を吸収合併する。"
    )
    assert ("北斗繊維工業", "acquires", "南海繊維工業") in found, sorted(found)
    assert not [e for e in found if e[0] in ("北斗化学", "南海化成") and e[1] == "acquires"], sorted(found)


def test_glosses_that_repeat_the_head_office_before() -> None:
    """(HD、本社・東京都渋谷区) … (同・同) … (HD、同・同都品川区) … (HD、同・同): 同・同 repeats the last
    head office; 同都品川区 is a ward of the same prefecture."""
    found = edges(
        "北斗ホールディングス(HD、本社・東京都渋谷区)は、外食事業の完全子会社ソラバーガー(同・同)の全株式を"
        "7月1日付で売却する。売却先は、南海ホールディングス(HD、同・同都品川区)の完全子会社"
        "である南海ファストホールディングス(HD、同・同)。"
    )
    assert ("ソラバーガー", "basedIn", "渋谷区") in found, sorted(found)
    assert ("南海ホールディングス", "basedIn", "品川区") in found, sorted(found)
    assert ("南海ファストホールディングス", "basedIn", "品川区") in found, sorted(found)


def test_holders_of_the_main_company_with_their_new_stakes() -> None:
    """南海電機は新たに4.1%を持つ株主となり、ソラ放送も0.5%を出資する株主に加わる: both hold shares in
    the company the article is about."""
    found = edges(
        "北斗放送ホールディングスは16日、3社と資本業務提携を結んだ。一方、南海電機は新たに4.1%を持つ株主となり、"
        "ソラ放送も0.5%を出資する株主に加わる。"
    )
    for holder in ("南海電機", "ソラ放送"):
        assert (holder, "investsIn", "北斗放送ホールディングス") in found, sorted(found)


def test_an_issue_named_by_its_day_of_sale_is_no_make() -> None:
    """「週刊ソラ経済」の3月3日発売号が報じた: a magazine's issue; the topic makes no magazine."""
    found = edges(
        "北斗商事は経営再建の途上にある。「週刊ソラ経済」の3月3日発売号が報じた通り、同社は"
        "第三者割当増資を実施する予定だ。"
    )
    assert not [e for e in found if e[1] == "develops"], sorted(found)


def test_a_post_the_topic_fills_named_as_a_seat() -> None:
    """北斗システムズでは、社長のポストにも南海化学の太田次郎副会長を迎え入れる: he will lead the topic."""
    found = edges("北斗システムズでは、社長のポストにも7月1日付で南海化学の太田次郎副会長を迎え入れる。")
    assert ("太田次郎", "leads", "北斗システムズ") in found, sorted(found)


def test_the_company_after_a_units_word_it_is_for_is_no_unit() -> None:
    """南海化学は北斗電機にとっては連結子会社、ソラ物産にとっては持分法適用会社: ソラ物産 is no unit of 南海化学."""
    found = edges("この結果、南海化学は北斗電機にとっては連結子会社、ソラ物産にとっては持分法適用会社となる。")
    assert ("ソラ物産", "subsidiaryOf", "南海化学") not in found, sorted(found)


def test_common_nouns_read_as_company_names_before() -> None:
    """子会社の産地偽装事件 (an incident), 液化石油ガス(LPG) (a fuel), バイオ医薬品の製造会社 (goods), 米ソラ
    オイル&ガス (one name: not ガス alone): no companies."""
    texts = {
        "北斗乳業は、05年の異物混入事件と、08年に発覚した子会社の産地偽装事件で業績が悪化した。": "産地偽装事件",
        "北斗ガスは3日、液化石油ガス(LPG)を販売する自社の子会社と、南海設備(札幌市)を統合すると発表した。": "液化石油ガス",
        "北斗電機は18年春から、オランダとベルギーにあるバイオ医薬品の製造会社2社を相次いで傘下に収めた。": "バイオ医薬品",
        "北斗ガスは16日、シェールガスの開発を手がける米ソラオイル&ガスを買収すると発表した。": "ガス",
    }
    for text, word in texts.items():
        assert word not in nodes(text), (word, sorted(nodes(text)))


def test_sellers_before_kara_are_not_bought() -> None:
    """南海化学の小池会長と、有限会社ソラ・ビー・ファインの2者から譲り受ける: the two sell the shares;
    ソラ・ビー・ファイン is named without its legal form and is not bought."""
    text = (
        "北斗食品ホールディングスは南海化学の株式を買い増す。今回は12万4000株を、南海化学の小池一郎会長と、"
        "有限会社ソラ・ビー・ファインの2者から譲り受ける。"
    )
    found = nodes(text)
    assert "ソラ・ビー・ファイン" in found and "有限会社ソラ・ビー・ファイン" not in found, sorted(found)
    assert not [e for e in edges(text) if e[1] == "acquires" and e[2] == "ソラ・ビー・ファイン"], sorted(edges(text))


def test_a_denied_cue_says_nothing() -> None:
    """九州には拠点を構えていなかった / 出資しない方針: denied, no edge; 出資するしかない still invests."""
    assert not edges("静岡を地盤に出店を進めてきた北斗製菓は、九州にはこれまで製造拠点を構えていなかった。")
    assert ("北斗電機", "investsIn", "南海化学") not in edges("北斗電機は南海化学に出資しない方針だ。")
    assert ("北斗電機", "investsIn", "南海化学") in edges("北斗電機は南海化学に出資するしかないと判断した。")


def test_a_stake_breakdown_after_a_new_company() -> None:
    """新会社「松江Sエナジー」を設ける。出資の内訳は、北斗ガスが60%、…北斗ガス子会社が10%: each holder
    named puts money in the new company; 北斗ガス子会社 (a unit left unnamed) is no company's name."""
    text = (
        "北斗ガスは、ソラプロ、南海管工設備と合わせた4社で資金を出し合い、新会社「松江Sエナジー」を4月1日付で"
        "松江市に設けると発表した。\n\n出資の内訳は、北斗ガスが60%、ソラプロが25%、北斗ガス子会社が10%、"
        "南海管工設備が5%。"
    )
    found = edges(text)
    for holder in ("北斗ガス", "ソラプロ", "南海管工設備"):
        assert (holder, "investsIn", "松江Sエナジー") in found, sorted(found)
    assert "北斗ガス子会社" not in nodes(text), sorted(nodes(text))


def test_a_unit_set_up_in_a_place_on_a_date() -> None:
    """新会社「松江Sエナジー」を4月1日付で松江市に設ける: the date between; the new company is based there."""
    found = edges("北斗ガスは、新会社「松江Sエナジー」を4月1日付で松江市に設けると発表した。")
    assert ("松江Sエナジー", "basedIn", "松江市") in found, sorted(found)


def test_a_foreign_chief_in_a_press_release_gloss() -> None:
    """ソラコー(本社:…、社長兼CEO:Tom Hokuto): the Latin name after the post's colon leads the company."""
    found = edges(
        "株式会社北斗組(本社:東京都中央区、社長:佐藤正雄)は、グループ会社ソラコー(本社:テキサス州ダラス、"
        "社長兼CEO:Tom Hokuto)が、ミナトコン(本社:オハイオ州コロンバス、社長:John Smith)を買収したと発表した。"
    )
    assert ("Tom Hokuto", "leads", "ソラコー") in found, sorted(found)
    assert ("John Smith", "leads", "ミナトコン") in found, sorted(found)


def test_a_post_served_in_a_clause_of_two_verbs() -> None:
    """6年にわたり北斗協会の会長を務め、田中会長に後を託す佐藤一郎・ソラ21会長: he chaired the
    association (the clause's second verb right before his name); 棚橋 is not said to."""
    found = edges("6年にわたり北斗協会の会長を務め、田中会長に後を託す佐藤一郎・ソラ21会長兼社長も、安堵の表情を見せる。")
    assert ("佐藤一郎", "leads", "北斗協会") in found, sorted(found)
    assert ("田中", "leads", "北斗協会") not in found, sorted(found)


def test_a_party_written_with_its_side_word_hoo() -> None:
    """ソラ物産のほうも、…「ミナト小学部」を買収している: ソラ物産 buys, not the topic of the sentence before."""
    found = edges("北斗電機は南海化学を買収した。ソラ物産のほうも、中学受験に強い学習塾「ミナト小学部」を買収している。")
    assert ("ソラ物産", "acquires", "ミナト小学部") in found, sorted(found)
    assert ("北斗電機", "acquires", "ミナト小学部") not in found, sorted(found)


def test_officers_the_shares_are_bought_from_are_that_companys() -> None:
    """北斗キャピタルは…創業者の山田一郎会長や佐藤花子社長らからソラトライの全株式を取得する: the
    sellers lead ソラトライ, not the buyer."""
    found = edges(
        "北斗キャピタルは受け皿会社を通じて、創業者の山田一郎会長や佐藤花子社長らから"
        "ソラトライの全株式を取得する。"
    )
    assert ("山田一郎", "leads", "ソラトライ") in found and ("佐藤花子", "leads", "ソラトライ") in found, sorted(found)
    assert not [e for e in found if e[1] == "leads" and e[2] == "北斗キャピタル"], sorted(found)


def test_a_large_holder_whose_sentence_names_the_shares_it_holds() -> None:
    """筆頭株主の北斗商事は子会社を通じて南海ホールディングス株の約25%を持つ: a holder of 南海HD, not of
    the article's company."""
    found = edges(
        "北斗電機は5日、南海ホールディングスを買収すると発表した。これに対し、筆頭株主の北斗商事は子会社を通じて"
        "南海ホールディングス株の約25%を持つ。"
    )
    assert ("北斗商事", "investsIn", "南海ホールディングス") in found, sorted(found)
    assert ("北斗商事", "investsIn", "北斗電機") not in found, sorted(found)
