//! `cargo bench --bench interp`: in-process timings of the library, with no
//! benchmark framework (std::time::Instant, median of many runs).
//!
//! Measures:
//! - `evaluate("1 + 1")`: a fresh interpreter per call (construction, run
//!   stack, parse, lower, eval), in µs;
//! - `Interpreter::run("1 + 1")` on one reused interpreter;
//! - a `Session` (interpreter on its own thread) fed 10 small snippets in turn;
//! - a `Session`'s memory at rest: resident memory added per live session
//!   after it ran the 10 snippets (Linux; `/proc/self/statm`);
//! - the micro workloads of `benches/programs/` run in-process without limits
//!   (`Limits::unlimited()`), so without process start-up, and again with
//!   every limit armed (default memory, output, recursion and while-loop caps,
//!   a 60 s deadline, an operation cap too high to fire): the note gives what
//!   operation counting and limit checks cost.
//!
//! Wall time (std::time::Instant) is the main figure; on Linux a CPU column
//! (this thread's run time from /proc/thread-self/schedstat: a mean over all
//! calls for the µs rows, tick-granular, ~4 ms, per run for the workloads)
//! shows how much of the wall time the machine's load added. Session rows run
//! on another thread: no CPU figure.
//!
//! Arguments (after `--`): words filter the rows by substring, `--all` also
//! runs the agent-shaped workloads, `--repeats N` sets workload runs (default 5).
//! Example: `cargo bench --bench interp -- fib --repeats 3`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use codeact::{evaluate, Config, Interpreter, Limits, Session};

const MICRO: &[&str] = &[
    "loop_sum",
    "while_arith",
    "fib_recursive",
    "fib_bigint",
    "list_comp",
    "dict_ops",
    "string_build",
    "method_calls",
    "sort_key",
    "generator_pipeline",
];

const AGENT: &[&str] = &[
    "groupby_agg",
    "csv_parse",
    "fstring_report",
    "regex_findall",
    "json_roundtrip",
    "counter_words",
    "datetime_arith",
];

const SNIPPETS: [&str; 10] = [
    "x = 1",
    "def f(a):\n    return a * 2",
    "y = f(x) + 40",
    "items = [i * i for i in range(10)]",
    "total = sum(items)",
    "class C:\n    def __init__(self, v):\n        self.v = v",
    "c = C(total)",
    "s = f'{c.v}-{y}'",
    "d = {'answer': y, 's': s}",
    "print(d)",
];

struct Row {
    name: String,
    median: Option<Duration>,
    min: Option<Duration>,
    cpu: Option<Duration>,
    runs: usize,
    note: String,
}

/// CPU time this thread has run, from the scheduler (Linux); None elsewhere.
fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Times `f` `n` times after `warmup` untimed calls: median and min wall
/// time, and mean CPU time of this thread per call (the scheduler updates
/// it only at ticks and switches, so it is read once around all n calls).
fn sample(n: usize, warmup: usize, mut f: impl FnMut()) -> (Duration, Duration, Option<Duration>) {
    for _ in 0..warmup {
        f();
    }
    let mut times = Vec::with_capacity(n);
    let c0 = thread_cpu();
    for _ in 0..n {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    let cpu = match (c0, thread_cpu()) {
        (Some(c0), Some(c1)) => Some(c1.saturating_sub(c0) / n as u32),
        _ => None,
    };
    let min = *times.iter().min().unwrap();
    (median(times), min, cpu)
}

fn fmt(d: Option<Duration>) -> String {
    match d {
        None => "–".into(),
        Some(d) => {
            let us = d.as_secs_f64() * 1e6;
            if us < 1000.0 {
                format!("{:.1} µs", us)
            } else if us < 1e6 {
                format!("{:.2} ms", us / 1000.0)
            } else {
                format!("{:.2} s", us / 1e6)
            }
        }
    }
}

fn unlimited() -> Config {
    Config {
        limits: Limits::unlimited(),
        authorized_imports: vec!["*".into()],
        ..Config::default()
    }
}

/// Every limit armed as a host would: defaults for memory, output, depth and
/// while loops, a deadline, and an operation cap the workloads stay under.
fn armed() -> Config {
    Config {
        limits: Limits {
            max_operations: 1_000_000_000_000,
            timeout: Some(Duration::from_secs(60)),
            ..Limits::default()
        },
        authorized_imports: vec!["*".into()],
        ..Config::default()
    }
}

/// Resident memory each live `Session` adds once it has run the snippets.
fn session_memory_at_rest() -> Row {
    const SESSIONS: usize = 40;
    let before = resident_bytes();
    let mut sessions = Vec::new();
    for _ in 0..SESSIONS {
        let mut s = Session::new(Config::default());
        for code in SNIPPETS {
            s.run(code).expect("snippet runs");
        }
        sessions.push(s);
    }
    let after = resident_bytes();
    drop(sessions);
    let note = match (before, after) {
        (Some(b), Some(a)) => format!(
            "{:.0} KiB resident per session ({} sessions alive, each after the 10 snippets)",
            a.saturating_sub(b) as f64 / SESSIONS as f64 / 1024.0,
            SESSIONS
        ),
        _ => "needs /proc/self/statm (Linux)".into(),
    };
    Row {
        name: "Session memory at rest".into(),
        median: None,
        min: None,
        cpu: None,
        runs: SESSIONS,
        note,
    }
}

/// This process's resident set size, from `/proc/self/statm` (pages of 4 KiB).
fn resident_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn main() {
    let mut filters: Vec<String> = Vec::new();
    let mut all = false;
    let mut repeats = 5usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--all" => all = true,
            "--repeats" => {
                repeats = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .expect("--repeats needs a positive number")
            }
            // cargo passes --bench; ignore it and any other flag
            s if s.starts_with('-') => {}
            s => filters.push(s.to_string()),
        }
    }
    let wanted =
        |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    let mut rows: Vec<Row> = Vec::new();

    let name = "evaluate(\"1 + 1\") (fresh interpreter)";
    if wanted(name) {
        let (med, min, cpu) = sample(2000, 50, || {
            evaluate("1 + 1", &[]).expect("1 + 1 runs");
        });
        rows.push(Row {
            name: name.into(),
            median: Some(med),
            min: Some(min),
            cpu,
            runs: 2000,
            note: String::new(),
        });
    }

    let name = "Interpreter::run(\"1 + 1\") (reused interpreter)";
    if wanted(name) {
        let mut interp = Interpreter::new(Config::default());
        let (med, min, cpu) = sample(5000, 50, || {
            interp.run("1 + 1").expect("1 + 1 runs");
        });
        rows.push(Row {
            name: name.into(),
            median: Some(med),
            min: Some(min),
            cpu,
            runs: 5000,
            note: String::new(),
        });
    }

    let name = "Session::new (interpreter thread start)";
    if wanted(name) {
        let (med, min, _) = sample(300, 10, || {
            let mut s = Session::new(Config::default());
            s.run("0").expect("0 runs");
        });
        rows.push(Row {
            name: name.into(),
            median: Some(med),
            min: Some(min),
            cpu: None,
            runs: 300,
            note: "new session + one trivial run + drop".into(),
        });
    }

    let name = "Session: 10 small snippets in turn";
    if wanted(name) {
        let mut per_snippet = Vec::new();
        let mut last_stdout = String::new();
        let (med, min, _) = sample(300, 10, || {
            let mut s = Session::new(Config::default());
            for code in SNIPPETS {
                let t = Instant::now();
                let out = s.run(code).expect("snippet runs");
                per_snippet.push(t.elapsed());
                if !out.stdout.is_empty() {
                    last_stdout = out.stdout;
                }
            }
        });
        rows.push(Row {
            name: name.into(),
            median: Some(med),
            min: Some(min),
            cpu: None,
            runs: 300,
            note: format!(
                "whole sequence incl. session start; per snippet median {}; printed {}",
                fmt(Some(median(per_snippet))),
                last_stdout.trim()
            ),
        });
    }

    let name = "Session memory at rest";
    if wanted(name) {
        rows.push(session_memory_at_rest());
    }

    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("benches")
        .join("programs");
    let workloads: Vec<&str> = MICRO
        .iter()
        .chain(if all { AGENT } else { &[] })
        .copied()
        .collect();
    for w in workloads {
        if !wanted(w) {
            continue;
        }
        let source = match std::fs::read_to_string(dir.join(format!("{}.py", w))) {
            Ok(s) => s,
            Err(e) => {
                rows.push(Row {
                    name: w.into(),
                    median: None,
                    min: None,
                    cpu: None,
                    runs: 0,
                    note: format!("cannot read: {}", e),
                });
                continue;
            }
        };
        let mut times = Vec::new();
        let mut cpus = Vec::new();
        let mut limited_cpus = Vec::new();
        let mut note = String::new();
        for _ in 0..repeats {
            let mut interp = Interpreter::new(armed());
            let c = thread_cpu();
            let armed_ok = interp.run(&source).is_ok();
            if let (true, Some(c0), Some(c1)) = (armed_ok, c, thread_cpu()) {
                limited_cpus.push(c1.saturating_sub(c0));
            }
            let mut interp = Interpreter::new(unlimited());
            let c = thread_cpu();
            let t = Instant::now();
            let result = interp.run(&source);
            let elapsed = t.elapsed();
            let cpu = match (c, thread_cpu()) {
                (Some(c0), Some(c1)) => Some(c1.saturating_sub(c0)),
                _ => None,
            };
            match result {
                Ok(out) => {
                    times.push(elapsed);
                    cpus.extend(cpu);
                    note = out.stdout.trim().chars().take(60).collect();
                }
                Err(e) => {
                    note = format!("error: {}", e.summary())
                        .chars()
                        .take(120)
                        .collect();
                    break;
                }
            }
        }
        let runs = times.len();
        let min = times.iter().min().copied();
        let cpu = if runs > 0 && cpus.len() == runs {
            Some(median(cpus))
        } else {
            None
        };
        if let (Some(free), false) = (cpu, limited_cpus.is_empty()) {
            let armed = median(limited_cpus);
            let cost = (armed.as_secs_f64() / free.as_secs_f64().max(1e-9) - 1.0) * 100.0;
            note = format!(
                "{}; limits on: {} CPU ({:+.1}%)",
                note,
                fmt(Some(armed)),
                cost
            );
        }
        rows.push(Row {
            name: w.into(),
            median: if times.is_empty() {
                None
            } else {
                Some(median(times))
            },
            min,
            cpu,
            runs,
            note,
        });
    }

    println!();
    println!("| benchmark | median | min | CPU | runs | note |");
    println!("|---|---:|---:|---:|---:|---|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            r.name,
            fmt(r.median),
            fmt(r.min),
            fmt(r.cpu),
            r.runs,
            r.note.replace('|', "¦").replace('\n', " ")
        );
    }
}
