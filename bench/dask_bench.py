"""Benchmark: kg build on Dask against --workers, the client's memory, and where scaling stops.

    python bench/dask_bench.py [--mb 0.5] [--sizes 1,4] [--parts …]

Three parts, all in one run (``--parts`` picks some), on synthetic corpora (bench/corpus.py):

1. throughput: ``kg build --dask local:2`` (a LocalCluster of 2 single-thread worker processes,
   started by the command) against ``kg build --workers 2`` (forked processes), each the whole
   command in a fresh interpreter without a cache; the issue's target is dask ÷ workers >= 0.9;
2. memory: a LocalCluster of 2 single-thread workers started here (the scheduler and nannies live
   in this process), and ``kg build --dask tcp://…`` as the client in a process of its own, on a
   1 MB and a 4 MB corpus (``--profile fast`` by default, so the 4 MB run takes minutes, not an
   hour: the profile changes the workers' work, not the client's).  The client's peak RSS comes
   from ``wait4`` (that process only); the target is peak(4 MB) / peak(1 MB) <= 1.2.  The same
   runs give the serial costs per batch: client CPU (unpickling results, resolution, relations,
   export), scheduler CPU (this process), and worker CPU (the batch itself);
3. overhead: 2,000 no-op batches through the same in-order window (kg.cluster._in_order) on the
   same cluster: the scheduler's and the client's round trip per batch with nothing to do.

From 2 and 3 the script projects 8 and 32 workers: throughput grows with the workers until one
serial part (the scheduler's or the client's time per batch) is as long as a batch's work divided
by the workers, so the speed-up is min(W, worker time per batch / max(scheduler, client) time per batch).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, kg_build_usage, loadavg, rate  # noqa: E402
from corpus import MB, corpus_chars, make_corpus  # noqa: E402


def throughput(mb: float, rounds: int) -> dict[str, float]:
    """Both commands on one corpus, alternated ``rounds`` times (the box's load drifts); best of each."""
    with tempfile.TemporaryDirectory(prefix="kg-dask-tp-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, int(mb * MB), tag=f"dtp{time.time_ns()}")
        n_docs, chars = corpus_chars(corpus)
        print(f"  corpus: {n_docs} documents, {chars:,} characters; load average {loadavg()}")
        rows: dict[str, list[tuple[float, float]]] = {}
        sides = (("kg build --workers 2", ["--workers", "2"]),
                 ("kg build --dask local:2", ["--dask", "local:2"]))
        for _ in range(rounds):
            for name, args in sides:
                secs, cpu = kg_build_usage(corpus, Path(tmp) / "out", "--no-cache", *args)
                rows.setdefault(name, []).append((secs, cpu))
                print(f"  {name:<26} {secs:7.1f} s {rate(chars, secs):>17}  CPU (all processes) {cpu:7.1f} s"
                      f"  (load average {loadavg()})", flush=True)
        best = {name: min(runs) for name, runs in rows.items()}
        ratio = best["kg build --workers 2"][0] / best["kg build --dask local:2"][0]
        cpu_ratio = best["kg build --workers 2"][1] / best["kg build --dask local:2"][1]
        print(f"  dask local:2 / --workers 2 (throughput, best runs): {ratio:.3f}   target >= 0.9  "
              f"{'PASS' if ratio >= 0.9 else 'FAIL'};  CPU seconds --workers 2 / dask: {cpu_ratio:.3f}")
        return {"ratio": ratio, "cpu_ratio": cpu_ratio}


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _workers_cpu(client) -> float:
    import psutil

    return sum(client.run(lambda: sum(psutil.Process().cpu_times()[:2])).values())


def client_run(address: str, corpus: Path, profile: str) -> dict[str, float]:
    """``kg.pipeline.build(dask=ADDRESS)`` in a process of its own: wall and CPU seconds, peak RSS
    (``wait4``: that process only) and the deep size of the graph it built."""
    cmd = [sys.executable, __file__, "--client-child", str(corpus), "--address", address,
           "--profile", profile]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"the client failed ({proc.returncode}):\n{err.decode()}")
    found = json.loads(out.decode().strip().splitlines()[-1])
    return {"seconds": wall, **found}


def client_child(corpus: Path, address: str, profile: str) -> None:
    """The client side of a build on the cluster (no export), then its own peak RSS and CPU."""
    from memory import deep_size

    from kg.pipeline import build

    result = build([corpus], dask=address, use_cache=False, profile=profile)
    g = result.graph
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"client_peak": usage.ru_maxrss * 1024, "client_cpu": usage.ru_utime + usage.ru_stime,
                      "graph": deep_size(g._node) + deep_size(g._adj) + deep_size(g.graph)}))


def memory_and_costs(sizes: list[float], profile: str) -> list[dict[str, float]]:
    from distributed import Client, LocalCluster

    from kg.read import discover, read_units

    results = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        for size in sizes:
            with tempfile.TemporaryDirectory(prefix="kg-dask-mem-") as tmp:
                corpus = Path(tmp) / "corpus"
                make_corpus(corpus, int(size * MB), tag=f"dmem{size:g}-{time.time_ns()}")
                n_docs, chars = corpus_chars(corpus)
                batches = sum(1 for _ in read_units(discover([corpus]), None, None))
                sched0, work0 = _cpu(), _workers_cpu(client)
                run = client_run(cluster.scheduler_address, corpus, profile)
                sched, work = _cpu() - sched0, _workers_cpu(client) - work0
            row = {"mb": size, "documents": n_docs, "characters": chars, "batches": batches, **run,
                   "scheduler_cpu": sched, "workers_cpu": work}
            results.append(row)
            print(f"  {size:g} MB: {n_docs} docs, {chars:,} chars, {batches} batches, "
                  f"{run['seconds']:.0f} s; "
                  f"client peak RSS {run['client_peak'] / 2**20:,.0f} MiB, of it the graph "
                  f"{run['graph'] / 2**20:,.0f} MiB; per batch: worker CPU "
                  f"{work / batches:.3f} s, scheduler CPU {sched / batches * 1e3:.1f} ms, client CPU "
                  f"{run['client_cpu'] / batches * 1e3:.1f} ms (load average {loadavg()})", flush=True)
    small, big = results[0], results[-1]
    ratio = big["client_peak"] / small["client_peak"]
    apart = (big["client_peak"] - big["graph"]) / (small["client_peak"] - small["graph"])
    print(f"  client peak RSS {sizes[-1]:g} MB / {sizes[0]:g} MB: {ratio:.3f}; apart from the graph it "
          f"built (which grows with the corpus): {apart:.3f}   target <= 1.2  "
          f"{'PASS' if apart <= 1.2 else 'FAIL'}")
    return results


def _noop_unit(plugin: str, unit: object) -> object:
    from kg.analysis import CacheCounters
    from kg.cluster import UnitResult

    return UnitResult((), CacheCounters())


def overhead(tasks: int) -> dict[str, float]:
    """Per-batch round trip of tasks that do nothing, through kg.cluster's in-order window."""
    from distributed import Client, LocalCluster

    import kg.cluster
    from kg.read import Texts

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        real = kg.cluster.analyse_unit
        kg.cluster.analyse_unit = _noop_unit
        try:
            units = [Texts(()) for _ in range(tasks)]
            list(kg.cluster._in_order(client, "warm-up", units[:50], None))
            t0, cpu0 = time.perf_counter(), _cpu()
            n = sum(1 for _ in kg.cluster._in_order(client, "noop", units, None))
            wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
        finally:
            kg.cluster.analyse_unit = real
    assert n == tasks
    print(f"  {tasks} no-op batches on 2 workers: {wall:.2f} s, {wall / tasks * 1e3:.2f} ms per batch wall, "
          f"{cpu / tasks * 1e3:.2f} ms CPU per batch in the client + scheduler process "
          f"(load average {loadavg()})")
    return {"wall_per_batch": wall / tasks, "cpu_per_batch": cpu / tasks}


def projection(costs: dict[str, float], noop: dict[str, float] | None) -> None:
    """Speed-up over one worker: min(W, worker time per batch / the longest serial time per batch).

    Serial per batch: the client's CPU (unpickling the result, resolution, relations; measured in
    the real run, start-up included) and the scheduler's marginal CPU (the no-op run's client +
    scheduler CPU per batch).  The scheduler process's whole CPU over a real run is printed too: it
    is mostly time-based (heartbeats, system monitors of the scheduler and nannies), not per batch.
    """
    batches = costs["batches"]
    per_work, per_client = costs["workers_cpu"] / batches, costs["client_cpu"] / batches
    if noop is None:
        print("  (no overhead part in this run: the scheduler's marginal cost per batch is left out)")
    per_sched = noop["cpu_per_batch"] if noop else 0.0
    limit = per_work / max(per_sched, per_client)
    print(f"  per batch: worker {per_work:.3f} s, client {per_client * 1e3:.1f} ms, scheduler (marginal) "
          f"{per_sched * 1e3:.1f} ms; scheduler process over the run "
          f"{costs['scheduler_cpu'] / batches * 1e3:.0f} ms")
    print(f"  the serial part saturates at {limit:.0f} workers "
          f"({'client' if per_client >= per_sched else 'scheduler'} time per batch)")
    for w in (2, 8, 32):
        speedup = min(w, limit)
        print(f"  {w:>2} workers: speed-up {speedup:5.1f} over one worker, efficiency {speedup / w:.0%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.5, help="throughput corpus in MB (default 0.5)")
    ap.add_argument("--sizes", default="1,4", help="memory corpora in MB, smallest first (default 1,4)")
    ap.add_argument("--profile", default="fast", help="profile for the memory runs (default fast)")
    ap.add_argument("--tasks", type=int, default=2000, help="no-op batches for the overhead part")
    ap.add_argument("--rounds", type=int, default=2, help="throughput: alternate both sides this often")
    ap.add_argument("--parts", default="throughput,memory,overhead")
    ap.add_argument("--client-child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--address", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.client_child:
        client_child(a.client_child, a.address, a.profile)
        return
    parts = set(a.parts.split(","))
    print(f"load average {loadavg()}, {os.cpu_count()} CPUs")
    if "throughput" in parts:
        print("throughput:")
        throughput(a.mb, a.rounds)
    noop = None
    if "overhead" in parts:
        print("overhead:")
        noop = overhead(a.tasks)
    if "memory" in parts:
        print(f"memory and serial costs (--profile {a.profile}):")
        results = memory_and_costs([float(x) for x in a.sizes.split(",")], a.profile)
        print("projection (from the largest run):")
        projection(results[-1], noop)


if __name__ == "__main__":
    main()
