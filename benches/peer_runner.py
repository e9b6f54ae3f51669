"""Runs one workload in-process under CPython, smolagents or Monty and
reports its timing.

Used by benches/compare (CPython mode with plain python3, the others with the
bench venv's target/bench-venv/bin/python); it can be run by hand:

    peer_runner.py cpython|smolagents|monty FILE      time one run of FILE
    peer_runner.py smolagents|monty --startup         time a trivial snippet (x20)

The clock starts after the runtime is imported and set up, so the reported
times cover only handing the source over, parsing/compiling and running it:
  cpython     exec(compile(source)) in a fresh __main__ namespace
  smolagents  LocalPythonExecutor(...)(source), limits lifted
  monty       session.feed_run(source) on an already running worker
The program's printed output is captured (not written to this process's
stdout); the last line printed here is one JSON object:

    {"seconds": wall, "cpu_seconds": cpu, "stdout": str, "error": str | null,
     "peak_rss_kb": int, "baseline_rss_kb": int}

cpu_seconds is the CPU time (user + system) of the process executing the code:
this one for cpython and smolagents, the Monty worker subprocess for Monty.
peak_rss_kb is that process's peak resident memory (for smolagents it includes
CPython and smolagents themselves; baseline_rss_kb is the same measure just
before the run).
"""

import os
import resource
import sys
import time

# json is imported only to print the result, so that the cpython mode does not
# pre-import a module a workload imports and times.


def self_rss_kb():
    # VmHWM, not getrusage's ru_maxrss: the latter also counts the memory of
    # the harness process this one was forked from.
    hwm = proc_status_kb(os.getpid(), "VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def proc_status_kb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def child_pids():
    me = str(os.getpid())
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # fields after the ")" that closes the command name: state, ppid, ...
        if stat.rsplit(")", 1)[1].split()[1] == me:
            out.append(int(d))
    return out


def proc_cpu_seconds(pid):
    """CPU time of every live thread of pid, in seconds (ns resolution)."""
    total = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for t in tasks:
        try:
            with open(f"/proc/{pid}/task/{t}/schedstat") as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e9


def describe(exc):
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# ------------------------------------------------------------------- CPython


def run_cpython(source, path):
    import contextlib
    import io

    out = io.StringIO()
    namespace = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    baseline = self_rss_kb()
    error = None
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(source, path, "exec"), namespace)
    except BaseException as e:
        error = describe(e)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "stdout": out.getvalue(),
        "error": error,
        "peak_rss_kb": self_rss_kb(),
        "baseline_rss_kb": baseline,
    }


# ---------------------------------------------------------------- smolagents


def smolagents_executor():
    import smolagents.local_python_executor as lpe

    # Benchmarks run without limits for every peer: lift smolagents' operation
    # and while-iteration caps, and its thread-based timeout (the harness
    # enforces its own wall-clock timeout by killing this process).
    lpe.MAX_OPERATIONS = 10**18
    lpe.MAX_WHILE_ITERATIONS = 10**18
    ex = lpe.LocalPythonExecutor(
        additional_authorized_imports=["*"],
        max_print_outputs_length=10**9,
        timeout_seconds=None,
    )
    ex.send_tools({})
    return ex


def run_smolagents(source):
    ex = smolagents_executor()
    baseline = self_rss_kb()
    error = None
    stdout = ""
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        ex(source)
    except BaseException as e:  # InterpreterError and anything else
        error = describe(e)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    stdout = str(ex.state.get("_print_outputs", ""))
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "stdout": stdout,
        "error": error,
        "peak_rss_kb": self_rss_kb(),
        "baseline_rss_kb": baseline,
    }


def startup_smolagents():
    times = []
    for _ in range(20):
        ex = smolagents_executor()
        t0 = time.perf_counter()
        ex("x = 1 + 1")
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2]


# --------------------------------------------------------------------- Monty


def run_monty(source):
    from pydantic_monty import CollectString, Monty

    with Monty(min_processes=1, max_processes=1) as pool:
        # Warm the worker up so the timed feed excludes its spawn.
        with pool.checkout() as session:
            session.feed_run("0")
        workers = child_pids()
        baseline = max([proc_status_kb(p, "VmHWM") or 0 for p in workers] or [0])
        with pool.checkout() as session:
            out = CollectString(max_bytes=None)
            error = None
            c0 = sum(proc_cpu_seconds(p) for p in workers)
            t0 = time.perf_counter()
            try:
                session.feed_run(source, print_callback=out)
            except BaseException as e:
                error = describe(e)
            seconds = time.perf_counter() - t0
            cpu = sum(proc_cpu_seconds(p) for p in workers) - c0
            stdout = out.output
        peaks = [proc_status_kb(p, "VmHWM") or 0 for p in workers + child_pids()]
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "stdout": stdout,
        "error": error,
        "peak_rss_kb": max(peaks or [0]),
        "baseline_rss_kb": baseline,
    }


def startup_monty():
    from pydantic_monty import Monty

    times = []
    with Monty(min_processes=1, max_processes=1) as pool:
        with pool.checkout() as session:
            session.feed_run("0")
        for _ in range(20):
            with pool.checkout() as session:
                t0 = time.perf_counter()
                session.feed_run("x = 1 + 1")
                times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2]


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("cpython", "smolagents", "monty"):
        print(__doc__, file=sys.stderr)
        return 2
    peer, arg = sys.argv[1], sys.argv[2]
    if arg == "--startup" and peer != "cpython":
        seconds = startup_smolagents() if peer == "smolagents" else startup_monty()
        import json
        print(json.dumps({"seconds": seconds}))
        return 0
    with open(arg) as f:
        source = f.read()
    if peer == "cpython":
        result = run_cpython(source, arg)
    elif peer == "smolagents":
        result = run_smolagents(source)
    else:
        result = run_monty(source)
    import json
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
