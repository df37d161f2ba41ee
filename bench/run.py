"""`make bench`: how fast `qawl ingest` turns a JSONL archive into a searchable store.

For each size (5k and 50k articles by default) it runs the real command (`qawl ingest FILE --db …`)
in a subprocess on the first N articles and reports: articles/s end to end, statements/s, peak
memory of the process tree (sum of RSS, and of PSS which counts pages shared by forked workers once),
the share of time per part (read+decode, each pipeline stage, the workers' per-document parts —
"prepare store rows" and "prepare <step>" —, store writes, each cross-document step, waiting on
workers — from the run's own `$QAWL_PROFILE` timers), the CPU seconds of all its processes (the
budget: 2 cores give 4 ms per article at 500 articles/s), of the writer process (all of it: its
parts above, and unpickling what the workers send) and of each cross-document step
per 5,000 documents (flat when its cost per document does not grow with the store), and, on the same input, the time
to merely read and JSON-decode it (the floor). Results go to `bench/results/<UTC timestamp>.json`
and `.md`, with the commit, the machine's load average (other processes slow a run down) and the
CPU time of a fixed pure-Python workload on every core before each size and after (this host's
speed changed by up to 2× from hour to hour; see ``reference_cpu``).

    python bench/run.py --shared ../shared [--input FILE.jsonl[.gz]] [--sizes 5000,50000]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def open_jsonl(path: Path):
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


def subset(source: Path, n: int, out_dir: Path) -> tuple[Path, int]:
    """The first ``n`` lines of ``source`` as a file of the same kind (the whole file when it has fewer)."""
    with open_jsonl(source) as fh:
        total = sum(1 for line in fh if line.strip())
    if n >= total:
        return source, total
    out = out_dir / f"first{n}{'.jsonl.gz' if source.name.endswith('.gz') else '.jsonl'}"
    with open_jsonl(source) as src, (gzip.open(out, "wb", compresslevel=6) if out.name.endswith(".gz") else open(out, "wb")) as dst:
        kept = 0
        for line in src:
            if kept >= n:
                break
            if line.strip():
                dst.write(line)
                kept += 1
    return out, n


def floor_seconds(path: Path) -> float:
    """Reading and JSON-decoding every line: nothing can ingest faster than this."""
    start = time.perf_counter()
    with open_jsonl(path) as fh:
        for line in fh:
            if line.strip():
                json.loads(line)
    return time.perf_counter() - start


def _reference_work() -> float:
    start = time.process_time()
    counts: dict[str, int] = {}
    for i in range(3_000_000):
        key = str(i % 5003)
        counts[key] = counts.get(key, 0) + 1
    return time.process_time() - start


def reference_cpu(rounds: int = 3) -> float:
    """CPU seconds of a fixed pure-Python workload (dict and string work, like most of qawl's) run
    on every core at once, as an ingest runs: the mean over the cores, the least of ``rounds``
    tries. It tells how fast this host runs Python at this moment: on the development machine a
    loop of 10⁷ additions took 0.68 s CPU in one hour and 1.39 s in another (2026-11-21, a virtual
    machine on a shared host). A higher value means a slower host; equal values do not make two runs
    equal: four 50k-article runs between 22:01 and 22:08 UTC that day took 112.5–124.0 s with this
    workload (or its one-core first version) at 0.35–0.42 s."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        return min(sum(times) / len(times) for times in
                   (pool.starmap(_reference_work, [()] * (os.cpu_count() or 1)) for _ in range(rounds)))


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
                if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                    out.append(int(entry))
            except (OSError, ValueError):
                continue
    return out


def _tree_memory(pid: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in bytes over ``pid`` and its descendants."""
    rss = pss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
        todo += _children(p)
    return rss, pss


def _children_cpu() -> float:
    """User + system CPU seconds of this process's reaped children (and of the children they reaped)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def ingest(path: Path, workdir: Path) -> dict:
    db, profile = workdir / "bench.db", workdir / "profile.json"
    for f in workdir.glob("bench.db*"):
        f.unlink()
    env = os.environ | {"QAWL_PROFILE": str(profile)}
    qawl = [sys.executable, "-c", "from qawl.cli import main; main()"]
    used_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen([*qawl, "ingest", str(path), "--db", str(db)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        rss, pss = _tree_memory(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    all_cpu = _children_cpu() - used_before  # the ingest and the workers it reaped, once it is reaped
    err = proc.stderr.read()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"qawl ingest failed ({proc.returncode}):\n{err}")
    docs = int(re.search(r"documents: (\d+) read", err).group(1))
    statements = int(re.search(r"statements: (\d+)", err).group(1))
    prof = json.loads(profile.read_text())
    return {"seconds": seconds, "documents": docs, "statements": statements, "peak_rss_mb": peak_rss / 2**20,
            "peak_pss_mb": peak_pss / 2**20, "workers": prof["workers"], "parts": prof["seconds"],
            "writer_cpu": prof.get("writer_cpu"), "all_cpu": all_cpu, "slice_docs": prof.get("slice_docs"), "step_cpu_by_slice": prof.get("step_cpu_by_slice", {}),
            "skipped_lines": len(re.findall(r"^  ", err, re.M))}


def shares(parts: dict[str, float]) -> dict[str, float]:
    """Share of the measured seconds per part. Stage seconds are CPU work summed over the workers;
    they overlap the parent's parts, so shares are of the total work, not of wall time."""
    work = {k: v for k, v in parts.items() if k != "wait for workers"}
    total = sum(work.values()) or 1.0
    return {k: v / total for k, v in sorted(work.items(), key=lambda kv: -kv[1])}


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


def python() -> str:
    """The interpreter the runs use, by version and file (a source build and Debian's differ in speed)."""
    return f"{platform.python_version()} ({os.path.realpath(sys.executable)})"


def markdown(result: dict) -> str:
    lines = [f"# qawl bench {result['when']} (commit {result['commit']})", "",
             f"input `{result['input']}` · {result['cpus']} cores · Python {result.get('python', '?')} · load average before/after "
             f"{result['load_before']} / {result['load_after']}", "",
             "| articles | seconds | articles/s | statements | statements/s | peak RSS MB (tree) | peak PSS MB | floor s (read+JSON) | floor articles/s |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in result["runs"]:
        lines.append(f"| {r['documents']} | {r['seconds']:.1f} | {r['articles_per_s']:.0f} | {r['statements']} | "
                     f"{r['statements_per_s']:.0f} | {r['peak_rss_mb']:.0f} | {r['peak_pss_mb']:.0f} | "
                     f"{r['floor_seconds']:.2f} | {r['floor_articles_per_s']:.0f} |")
    if result.get("reference_cpu_after") is not None:
        before = " / ".join(f"{r['reference_cpu_before']:.2f}" for r in result["runs"])
        lines += ["", f"host speed: a fixed pure-Python workload on every core (`reference_cpu`) took {before} CPU s before each size"
                      f" and {result['reference_cpu_after']:.2f} after (more seconds: a slower host at that time;"
                      " equal values do not make two runs' hosts equal)"]
    if result.get("scaling"):
        s = result["scaling"]
        lines += ["", f"scaling: {s['articles_ratio']:.1f}× the articles took {s['time_ratio']:.1f}× the time"]
    for r in result["runs"]:
        lines += ["", f"## where time goes, {r['documents']} articles (share of measured work; "
                      f"{r['workers']} workers; waited on workers {r['parts'].get('wait for workers', 0):.1f} s"
                  + (f"; the writer process used {r['writer_cpu']:.1f} CPU s" if r.get("writer_cpu") else "")
                  + (f"; all processes {r['all_cpu']:.1f} CPU s, {1000 * r['all_cpu'] / r['documents']:.2f} ms per article"
                     if r.get("all_cpu") else "") + ")", "",
                  "| part | seconds | share |", "|---|---:|---:|"]
        for name, share in r["shares"].items():
            lines.append(f"| {name} | {r['parts'][name]:.2f} | {share:.0%} |")
        if r.get("step_cpu_by_slice"):
            lines += ["", f"CPU seconds of each cross-document step (and of the commit of a batch with its steps,"
                          f" where FTS5 writes the search index) per {r['slice_docs']} documents, in ingest order"
                          " (flat: the step's cost per document does not grow with the store)", ""]
            for name, slices in r["step_cpu_by_slice"].items():
                lines.append(f"- {name}: " + " ".join(f"{s:.1f}" for s in slices))
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (its corpus is the default input)")
    ap.add_argument("--input", help="a JSONL(.gz) file instead of the shared corpus")
    ap.add_argument("--sizes", default="5000,50000", help="comma-separated article counts")
    args = ap.parse_args()
    source = Path(args.input or Path(args.shared) / "corpus" / "arabic_news.jsonl.gz")
    if not source.is_file():
        raise SystemExit(f"no input at {source}: give --shared or --input")
    result = {"when": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "commit": commit(),
              "input": str(source), "cpus": os.cpu_count(), "python": python(), "load_before": os.getloadavg()[0], "runs": []}
    with tempfile.TemporaryDirectory(prefix="qawl-bench-") as tmp:
        tmp = Path(tmp)
        for n in [int(s) for s in args.sizes.split(",")]:
            path, count = subset(source, n, tmp)
            floor = floor_seconds(path)
            reference = reference_cpu()
            run = ingest(path, tmp)
            run |= {"requested": n, "reference_cpu_before": reference, "articles_per_s": run["documents"] / run["seconds"],
                    "statements_per_s": run["statements"] / run["seconds"], "floor_seconds": floor,
                    "floor_articles_per_s": count / floor, "shares": shares(run["parts"])}
            result["runs"].append(run)
            print(f"{run['documents']} articles: {run['seconds']:.1f} s, {run['articles_per_s']:.0f} articles/s, "
                  f"peak RSS {run['peak_rss_mb']:.0f} MB (floor {floor:.2f} s)", file=sys.stderr, flush=True)
    runs = result["runs"]
    if len(runs) >= 2:
        result["scaling"] = {"articles_ratio": runs[-1]["documents"] / runs[0]["documents"],
                             "time_ratio": runs[-1]["seconds"] / runs[0]["seconds"]}
    result["load_after"] = os.getloadavg()[0]
    result["reference_cpu_after"] = reference_cpu()
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / result["when"].replace(":", "")
    stem.with_suffix(".json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    text = markdown(result)
    stem.with_suffix(".md").write_text(text, encoding="utf-8")
    print(text)
    print(f"written: {stem}.json, {stem}.md", file=sys.stderr)


if __name__ == "__main__":
    main()
