"""Scale-out on Dask: reading, parsing and mention finding mapped over a cluster in batches.

``kg build … --dask tcp://HOST:8786`` (a running ``dask scheduler``) or ``--dask local:N`` (a
``LocalCluster`` of N single-thread worker processes on this machine, bound to loopback).
Dask's distributed scheduler does the scheduling, the retries and the worker bookkeeping; this
module only says what one batch is and puts the results back in input order:

* the client cuts the input into read units (:mod:`kg.read`: a few text files, or a byte range
  of lines of a JSONL shard) and submits one task per unit, at most :data:`WINDOW_PER_WORKER`
  per worker thread ahead of the document being resolved (back-pressure: the client and the
  workers hold a bounded number of batches, whatever the corpus size);
* a worker reads, cleans, parses and finds mentions (:func:`kg.analysis.analyse_batch`, the same
  function a local build runs) with the model loaded once per worker process by
  :class:`KgWorkerPlugin`, and sends back plain records: the documents, their sentences (words,
  heads, bunsetsu, NER spans) and mentions, the reading warnings in order, the cache counters;
* the client replays each unit in input order: warnings, duplicate-id handling
  (:class:`kg.read.UniqueIds`), then resolution and relations as in a local build, so every output
  file is byte-identical to one.

A task runs at most twice (``retries=1``; a task lost with a dead worker is rescheduled by Dask
on its own).  A batch that fails twice becomes a warning naming its documents, and an error
under ``--strict``.  Workers check that they run the same kg code, rules, lexicons and parser
versions as the client (:func:`kg.analysis_cache.code_fingerprint`, :func:`kg.cache.environment`)
before they analyse anything.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dask
from distributed import Client, LocalCluster, get_worker, wait
from distributed.diagnostics.plugin import WorkerPlugin

from kg.analysis import Analysed, CacheCounters, Caches, counted_batch
from kg.analysis_cache import code_fingerprint
from kg.cache import environment
from kg.cachedir import default_cache_dir
from kg.errors import KgError, KgUsageError
from kg.lexicon import load_lexicon
from kg.mentions import MentionFinder
from kg.model import Document, Mention, ParsedDocument, ParsedSentence
from kg.parse import DEFAULT_PROFILE, Profile, load_model
from kg.read import ReadUnit, UniqueIds

#: Tasks in flight per worker thread (submitted or finished but not yet resolved here).
WINDOW_PER_WORKER = 3
#: Seconds to wait for the scheduler, and for a first worker to join it.
CONNECT_TIMEOUT = 30
#: A failed batch's warning names at most this many of its documents.
MAX_NAMED = 20
#: Dask settings for kg's workers, on a ``local:N`` cluster and (README) on workers you start yourself.
#: No dashboard, so nobody would see the workers' statistical profiler (a stack sample every 10 ms):
#: it only cost worker CPU (2-10% in one measurement).  And no ``MALLOC_TRIM_THRESHOLD_`` in the
#: workers' environment (Dask's nanny sets 65536 by default to hand memory back sooner): setting it
#: turns off glibc's sliding mmap threshold, so every large array the parser allocates is a fresh
#: mmap and page faults; it cost each worker 2.5 s of system time on a 0.5 MB corpus (4.1 s instead
#: of 1.6 s, 12% of its CPU).
#: And Dask's housekeeping timers less often: the event-loop tick (20 ms, for "unresponsive event
#: loop" warnings), the memory monitor (100 ms) and the system monitor (500 ms, dashboard
#: metrics) each wake a process that is parsing and take the GIL from it. Idle, they cost each
#: worker 2% of a core and the process holding a ``local:N`` cluster's scheduler and nannies 6%
#: (0.43 and 1.3 s in 20 s; 0.08 and 0.2 s with these settings).
WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
#: A ``local:N`` cluster's nannies live in this process, which loads the model before starting them
#: and then forks its workers instead of spawning them, as ``--workers N`` does: each worker starts
#: with the model in memory shared copy-on-write, instead of spending ~3 s of CPU on a fresh
#: interpreter, the imports and the model (a sixth of a worker's time on a 0.5 MB corpus).
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {**WORKER_CONFIG, "distributed.worker.multiprocessing-method": "fork"}
ADDRESS = re.compile(r"(?:tcp|tls|inproc|ucx|ws|wss)://\S+")


@dataclass(frozen=True)
class ClusterJob:
    """What every worker needs to analyse this build's batches exactly as this process would."""

    address: str
    profile: Profile = DEFAULT_PROFILE
    lexicons: tuple[tuple[str, bytes], ...] = ()  # (file name, content) of the user's --lexicon files
    without: tuple[str, ...] = ()  # entity types whose packaged lexicon entries are off (--without-lexicon)
    encoding: str | None = None
    fmt: str | None = None
    strict: bool = False
    cache_dir: str | None = None  # as the workers see it; None: each worker's own default
    use_cache: bool = True
    fingerprint: str = ""  # code_fingerprint of the client's kg package and lexicons
    parser_env: tuple[tuple[str, str], ...] = ()  # the client's kg.cache.environment()

    @classmethod
    def create(cls, address: str, lexicons: Iterable[str | Path], without: tuple[str, ...] = (),
               **settings: Any) -> ClusterJob:
        check_address(address)
        paths = [Path(p) for p in lexicons]
        contents = tuple((p.name, p.read_bytes()) for p in paths)
        return cls(address=address, lexicons=contents, without=without,
                   fingerprint=code_fingerprint(paths, without),
                   parser_env=tuple(sorted(environment().items())), **settings)


def check_address(address: str) -> None:
    if address.startswith("local:"):
        _local_workers(address)
    elif not ADDRESS.fullmatch(address):
        raise KgUsageError(f"--dask expects tcp://HOST:PORT or local:N, not {address!r}")


def _local_workers(address: str) -> int:
    n = address.removeprefix("local:")
    if not n.isdigit() or int(n) < 1:
        raise KgUsageError(f"--dask local:N needs a number of workers N >= 1, not {address!r}")
    return int(n)


# --- on the workers --------------------------------------------------------------------------


@dataclass
class WorkerState:
    """What one worker process keeps between batches: the finder, the caches and the profile."""

    finder: MentionFinder | None = None
    caches: Caches | None = None
    profile: Profile = DEFAULT_PROFILE
    error: str | None = None  # why this worker cannot analyse for this client
    lock: threading.Lock = field(default_factory=threading.Lock)  # one parse at a time per process


class KgWorkerPlugin(WorkerPlugin):
    """Sets a worker up for one build: the user's lexicons, the caches, and the model, loaded once."""

    def __init__(self, job: ClusterJob) -> None:
        self.job = job
        self.state: WorkerState | None = None  # made by setup, on the worker
        self.lexicon_dir: str | None = None

    def setup(self, worker: Any) -> None:
        job = self.job
        self.lexicon_dir = tempfile.mkdtemp(prefix="kg-lexicons-")
        paths = []
        for i, (name, content) in enumerate(job.lexicons):
            path = Path(self.lexicon_dir) / f"{i:03d}-{name}"
            path.write_bytes(content)
            paths.append(path)
        mismatch = _mismatch(job, paths)
        if mismatch is not None:
            error = f"the Dask worker {worker.address} runs {mismatch} than the client: install the same kg"
            self.state = WorkerState(error=error)
            return
        caches = None
        if job.use_cache:
            directory = Path(job.cache_dir) if job.cache_dir is not None else default_cache_dir()
            caches = Caches.open(directory, paths, job.without, job.profile)
        lexicon = load_lexicon(paths, job.without)
        self.state = WorkerState(MentionFinder.for_lexicon(lexicon), caches, job.profile)
        load_model(job.profile)

    def teardown(self, worker: Any) -> None:
        if self.lexicon_dir is not None:
            shutil.rmtree(self.lexicon_dir, ignore_errors=True)


def _mismatch(job: ClusterJob, lexicons: list[Path]) -> str | None:
    """What differs between this worker and the client, or None."""
    if tuple(sorted(environment().items())) != job.parser_env:
        return "other parser versions (spaCy, GiNZA, SudachiPy, model or kg)"
    if code_fingerprint(lexicons, job.without) != job.fingerprint:
        return "other kg code, rules or lexicons"
    return None


@dataclass(frozen=True)
class ReadWarning:
    """A warning reading the unit gave, in its place among the documents."""

    message: str


@dataclass(frozen=True)
class ReadFailure:
    """Reading stopped here (``--strict``, or a worker that cannot work for this client)."""

    error: KgError


@dataclass(frozen=True)
class AnalysedDocument:
    """One document of the unit: where it was read, the document, its sentences and mentions."""

    where: str
    document: Document
    sentences: list[ParsedSentence]
    mentions: list[Mention]


UnitEvent = ReadWarning | ReadFailure | AnalysedDocument


@dataclass(frozen=True)
class UnitResult:
    """What a worker sends back for one unit, in reading order."""

    events: tuple[UnitEvent, ...]
    counters: CacheCounters

    @property
    def documents(self) -> int:
        return sum(isinstance(e, AnalysedDocument) for e in self.events)


def analyse_unit(plugin: str, unit: ReadUnit) -> UnitResult:
    """The task: read one unit, then parse it and find its mentions (on a worker)."""
    kg_plugin: KgWorkerPlugin = get_worker().plugins[plugin]
    state, job = kg_plugin.state or WorkerState(error="the worker is not set up"), kg_plugin.job
    if state.error is not None or state.finder is None:
        return UnitResult((ReadFailure(KgError(state.error or "the worker is not set up")),), CacheCounters())
    events: list[UnitEvent | tuple[str, Document]] = []
    def warn(message: str) -> None:
        events.append(ReadWarning(message))

    try:
        for where, doc in unit.read(job.encoding, job.fmt, job.strict, warn):
            events.append((where, doc))
    except KgError as err:
        events.append(ReadFailure(err))
    docs = [e[1] for e in events if isinstance(e, tuple)]
    with state.lock:
        analysed, counters = counted_batch(docs, state.finder, state.caches, state.profile)
    found = iter(analysed)
    out: list[UnitEvent] = []
    for e in events:
        if isinstance(e, tuple):
            parsed, mentions = next(found)
            out.append(AnalysedDocument(e[0], parsed.document, parsed.sentences, mentions))
        else:
            out.append(e)
    return UnitResult(tuple(out), counters)


# --- on the client ---------------------------------------------------------------------------


@contextmanager
def connect(address: str, profile: Profile | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a new loopback LocalCluster for ``local:N``
    (whose workers are forked from this process after it loaded the model of ``profile``, if given)."""
    check_address(address)
    if address.startswith("local:"):
        n = _local_workers(address)
        if profile is not None:
            load_model(profile)
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, silence_logs=logging.ERROR)
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            raise KgError(f"the Dask scheduler at {address} has no worker ({CONNECT_TIMEOUT} s)") from None
        yield client


@dataclass
class ClusterOutcome:
    """What the cluster part of a build reports: documents its failed batches left out."""

    failed_documents: list[str] = field(default_factory=list)


def analyse_on_cluster(job: ClusterJob, units: Iterable[ReadUnit], warn: Callable[[str], None],
                       counters: CacheCounters | None = None, on_batch: Callable[[int], None] | None = None,
                       outcome: ClusterOutcome | None = None) -> Iterator[Analysed]:
    """Analyse ``units`` on the cluster of ``job.address``; yields documents in input order."""
    outcome = outcome if outcome is not None else ClusterOutcome()
    with connect(job.address, job.profile) as client:
        name = f"kg-{uuid.uuid4().hex}"
        try:
            client.register_plugin(KgWorkerPlugin(job), name=name)
        except Exception as exc:  # the plugin or kg cannot be unpickled there, the model is missing…
            raise KgError(f"the Dask workers could not set up kg: {type(exc).__name__}: {exc}; "
                          "every worker needs kg installed (pip install 'kg[dask]')") from None
        try:
            replay = _Replay(job, warn, counters, outcome)
            for unit, result in _in_order(client, name, units, on_batch):
                yield from replay(unit, result)
        finally:
            try:
                client.unregister_worker_plugin(name)
            except Exception:  # noqa: BLE001 - the cluster may be gone already; nothing to undo then
                pass


def _window(client: Client) -> int:
    threads = sum(client.nthreads().values())
    return max(2, WINDOW_PER_WORKER * threads)


def _in_order(client: Client, plugin: str, units: Iterable[ReadUnit], on_batch: Callable[[int], None] | None
              ) -> Iterator[tuple[ReadUnit, UnitResult | BaseException]]:
    """Submit units with a bounded window, fetch each result as soon as it is done, hand them out in order."""
    todo = enumerate(units)
    window = _window(client)
    pending: dict[Any, tuple[int, ReadUnit]] = {}
    ready: dict[int, tuple[ReadUnit, UnitResult | BaseException]] = {}
    following = 0
    exhausted = False
    while True:
        while not exhausted and len(pending) + len(ready) < window:
            item = next(todo, None)
            if item is None:
                exhausted = True
                break
            seq, unit = item
            key = f"{plugin}-{seq:09d}"
            future = client.submit(analyse_unit, plugin, unit, key=key, retries=1, pure=False)
            pending[future] = (seq, unit)
        if following in ready:
            yield ready.pop(following)
            following += 1
            continue
        if not pending:
            return
        done, _ = wait(list(pending), return_when="FIRST_COMPLETED")
        for future in done:
            seq, unit = pending.pop(future)
            try:
                result: UnitResult | BaseException = future.result()
            except Exception as exc:  # noqa: BLE001 - failed twice, or its worker died too often
                result = exc
            future.release()
            ready[seq] = (unit, result)
            if on_batch is not None:
                on_batch(result.documents if isinstance(result, UnitResult) else 0)


@dataclass
class _Replay:
    """Turns unit results back into the document stream a local build makes, in input order."""

    job: ClusterJob
    warn: Callable[[str], None]
    counters: CacheCounters | None
    outcome: ClusterOutcome
    ids: UniqueIds = field(default_factory=UniqueIds)

    def __call__(self, unit: ReadUnit, result: UnitResult | BaseException) -> Iterator[Analysed]:
        if isinstance(result, BaseException):
            self._failed(unit, result)
            return
        if self.counters is not None:
            self.counters.add(result.counters)
        for event in result.events:
            if isinstance(event, ReadWarning):
                self.warn(event.message)
            elif isinstance(event, ReadFailure):
                raise event.error
            else:
                doc = self.ids.admit(event.document, event.where, self.warn)
                if doc is None:
                    continue
                mentions = event.mentions
                if doc.id != event.document.id:
                    mentions = [dataclasses.replace(m, doc_id=doc.id) for m in mentions]
                yield ParsedDocument(doc, event.sentences), mentions

    def _failed(self, unit: ReadUnit, error: BaseException) -> None:
        names = _document_names(unit, self.job)
        self.outcome.failed_documents.extend(names)
        shown = ", ".join(names[:MAX_NAMED])
        if len(names) > MAX_NAMED:
            shown += f" and {len(names) - MAX_NAMED} more"
        reason = f"{type(error).__name__}: {error}".splitlines()[0]
        message = (f"{len(names)} document(s) not analysed, their batch failed twice on the cluster "
                   f"({reason}): {shown or unit.describe()}")
        self.warn(message)
        if self.job.strict:
            raise KgError(f"{len(names)} document(s) could not be analysed on the cluster (--strict)")


def _document_names(unit: ReadUnit, job: ClusterJob) -> list[str]:
    """The ids of a unit's documents, read here (reading needs no model), or what the unit covers."""
    try:
        return [doc.id for _, doc in unit.read(job.encoding, job.fmt, False, lambda _m: None)]
    except (KgError, OSError):
        return [unit.describe()]
