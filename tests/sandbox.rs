//! The hostile suite: every attack is a Python snippet with the one outcome it
//! must get (an exception type and message, a limit, or exact output), grouped
//! by family. Each runs in a fresh `Session`, which must stay usable after it;
//! the host must see nothing (no file in a watched directory, the canary file
//! intact), and the process's memory must come back down after the suite. A
//! second test runs 64 sessions on 8 threads, hostile and normal code mixed,
//! and checks every normal one still gets its answer.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use codeact::{Config, Error, HostValue, LimitKind, Limits, Session, Tool, ValueType};

/// The two tests measure the process; they must not run at the same time.
static SERIAL: Mutex<()> = Mutex::new(());

/// What an attack must end in.
enum Expect {
    /// The run succeeds and prints exactly this.
    Out(&'static str),
    /// An uncaught exception of this type whose message contains this text.
    Exc(&'static str, &'static str),
    /// A limit stops the run.
    Limit(LimitKind),
    /// The source is refused before it runs.
    Syntax,
}

use Expect::*;

struct Attack {
    family: &'static str,
    name: &'static str,
    code: &'static str,
    expect: Expect,
}

const fn a(family: &'static str, name: &'static str, code: &'static str, expect: Expect) -> Attack {
    Attack {
        family,
        name,
        code,
        expect,
    }
}

/// Limits of the suite: the defaults, with a smaller memory and output cap and
/// a shorter clock so that exhaustion attacks end quickly.
fn suite_limits() -> Limits {
    Limits {
        max_operations: 5_000_000,
        timeout: Some(Duration::from_secs(60)),
        max_memory_bytes: 128 * 1024 * 1024,
        max_output_chars: 2_000,
        ..Limits::default()
    }
}

fn search_tool() -> Tool {
    Tool::new(
        "search",
        "Looks a word up.",
        |args: Vec<HostValue>| match args.first() {
            Some(HostValue::Str(s)) => Ok(HostValue::Str(format!("found {}", s))),
            _ => Err("expected a string".into()),
        },
    )
    .input("query", ValueType::String, "the word")
}

fn config(limits: Limits) -> Config {
    Config {
        limits,
        tools: vec![search_tool()],
        ..Config::default()
    }
}

/// `config` with every module codeact has importable (`io`, `functools`...).
fn all_imports(limits: Limits) -> Config {
    Config {
        authorized_imports: vec!["*".to_string()],
        ..config(limits)
    }
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).map(|n| n.parse().unwrap_or(0)))
        })
        .unwrap_or(0)
}

/// A directory the attacks may name and must not be able to write into.
fn watched_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codeact-sandbox-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("canary"), "untouched").expect("canary");
    dir
}

fn host_untouched(dir: &Path) -> Result<(), String> {
    let entries: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("watched dir unreadable: {}", e))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if entries != ["canary"] {
        return Err(format!("watched dir changed: {:?}", entries));
    }
    match std::fs::read_to_string(dir.join("canary")) {
        Ok(s) if s == "untouched" => Ok(()),
        other => Err(format!("canary changed: {:?}", other)),
    }
}

fn check(expect: &Expect, result: &Result<codeact::Outcome, Error>) -> Result<(), String> {
    match (expect, result) {
        (Out(want), Ok(o)) if o.stdout == *want => Ok(()),
        (
            Exc(ty, msg),
            Err(Error::Exception {
                type_name, message, ..
            }),
        ) if type_name == ty && message.contains(msg) => Ok(()),
        (Limit(kind), Err(Error::Limit { kind: k, .. })) if k == kind => Ok(()),
        (Syntax, Err(Error::Syntax { .. })) => Ok(()),
        (_, Ok(o)) => Err(format!(
            "ran to the end; stdout {:?}",
            o.stdout.chars().take(300).collect::<String>()
        )),
        (_, Err(e)) => Err(format!(
            "got {}",
            e.summary().chars().take(300).collect::<String>()
        )),
    }
}

/// Runs one attack in a fresh session, then checks the session still works
/// and the host saw nothing.
fn run_attack(attack: &Attack, dir: &Path) -> Result<Duration, String> {
    let code = attack.code.replace("{DIR}", &dir.to_string_lossy());
    let mut session = Session::new(config(suite_limits()));
    let start = Instant::now();
    let result = session.run(&code);
    let took = start.elapsed();
    check(&attack.expect, &result)?;
    if took > Duration::from_secs(70) {
        return Err(format!("took {:?}", took));
    }
    match session.run("print(search('x'), sum(range(10)))") {
        Ok(o) if o.stdout == "found x 45\n" => {}
        other => {
            return Err(format!(
                "session unusable afterwards: {:?}",
                other.map(|o| o.stdout)
            ))
        }
    }
    host_untouched(dir)?;
    Ok(took)
}

#[test]
fn hostile_suite() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = watched_dir();
    // Warm up the allocator and thread machinery before taking the baseline.
    let _ = Session::new(config(suite_limits())).run("x = [str(i) for i in range(1000)]");
    let baseline = rss_kib();
    let attacks = attacks();
    assert!(attacks.len() >= 150, "only {} attacks", attacks.len());
    let mut failures = Vec::new();
    let mut per_family: Vec<(&str, usize)> = Vec::new();
    let mut peak = baseline;
    for attack in &attacks {
        match per_family.iter_mut().find(|(f, _)| *f == attack.family) {
            Some((_, n)) => *n += 1,
            None => per_family.push((attack.family, 1)),
        }
        match run_attack(attack, &dir) {
            Ok(_) => {}
            Err(why) => failures.push(format!("[{}] {}: {}", attack.family, attack.name, why)),
        }
        peak = peak.max(rss_kib());
    }
    let after = rss_kib();
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "{} attacks: {:?}; RSS baseline {} MiB, peak {} MiB, after {} MiB",
        attacks.len(),
        per_family,
        baseline / 1024,
        peak / 1024,
        after / 1024
    );
    assert!(
        failures.is_empty(),
        "{} attacks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        after < baseline + 200 * 1024,
        "RSS did not come back down: baseline {} KiB, after {} KiB",
        baseline,
        after
    );
}

#[test]
fn limits_stop_during_execution_and_sessions_survive() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // The clock stops a loop the operation count would not.
    let limits = Limits {
        max_operations: u64::MAX,
        max_while_iterations: u64::MAX,
        timeout: Some(Duration::from_millis(500)),
        ..Limits::default()
    };
    let mut s = Session::new(config(limits.clone()));
    for code in [
        "while True: pass",
        "for i in range(10**18): pass",
        "x = 0\nwhile True:\n    try:\n        x += 1\n    finally:\n        pass",
        "def f():\n    while True:\n        yield 1\nfor _ in f(): pass",
        "x = [(0,)]\nfor i in range(200): x = [(x, x)]\nhash(str(x))",
    ] {
        stops_within(&mut s, code, LimitKind::Time, Duration::from_secs(5));
    }
    // Memory: the running total stops slow growth well before the host suffers.
    let limits = Limits {
        max_memory_bytes: 32 * 1024 * 1024,
        ..Limits::default()
    };
    let mut s = Session::new(config(limits));
    let before = rss_kib();
    match s.run("x = []\nwhile True:\n    x.append('a' * 1000)") {
        Err(Error::Limit {
            kind: LimitKind::Memory,
            ..
        }) => {}
        other => panic!("append loop ended with {:?}", other.map(|o| o.stdout)),
    }
    let grown = rss_kib().saturating_sub(before);
    assert!(
        grown < 200 * 1024,
        "RSS grew {} KiB under a 32 MiB limit",
        grown
    );
    // What the run kept is still accounted: freeing it makes room again.
    match s.run("y = 'b' * (20 * 1024 * 1024)") {
        Err(Error::Limit {
            kind: LimitKind::Memory,
            ..
        }) => {}
        other => panic!(
            "allocation past the limit was allowed: {:?}",
            other.map(|o| o.stdout)
        ),
    }
    let freed = s.run("del x\ny = 'b' * (20 * 1024 * 1024)\nprint(len(y))");
    assert_eq!(freed.map(|o| o.stdout).ok(), Some("20971520\n".into()));
    // Output keeps its head and its tail, with a marker between.
    let limits = Limits {
        max_output_chars: 100,
        ..Limits::default()
    };
    let mut s = Session::new(config(limits));
    let out = s
        .run("for i in range(1000): print(i)")
        .map(|o| o.stdout)
        .unwrap_or_default();
    assert!(out.starts_with("0\n1\n2\n"), "{:?}", out);
    assert!(out.ends_with("998\n999\n"), "{:?}", out);
    assert!(out.contains("truncated"), "{:?}", out);
    assert!(out.chars().count() < 200, "{:?}", out);
}

/// Issue 5: the per-`while` cap is a limit of its own, named as such by
/// the API and by the CLI's `--json`, and `0` on the CLI means no cap.
#[test]
fn while_loop_cap_is_its_own_limit() {
    let limits = Limits {
        max_while_iterations: 1000,
        max_operations: u64::MAX,
        ..Limits::default()
    };
    let mut s = Session::new(config(limits));
    match s.run(
        "n = 0\ntry:\n    while True:\n        n += 1\nexcept BaseException:\n    print('caught')",
    ) {
        Err(Error::Limit {
            kind: LimitKind::WhileIterations,
            message,
            ..
        }) => assert!(
            message.contains("Maximum number of 1000 iterations in While loop exceeded"),
            "{}",
            message
        ),
        other => panic!("while loop ended with {:?}", other.map(|o| o.stdout)),
    }
    // The loop ran exactly to the cap; the session keeps its globals.
    let out = s.run("print(n)\nfor i in range(5000): pass\nprint(i)");
    assert_eq!(out.map(|o| o.stdout).ok(), Some("1000\n4999\n".into()));
    assert_eq!(LimitKind::WhileIterations.as_str(), "while_iterations");

    let json = |args: &[&str], code: &str| -> String {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let mut child = Command::new(env!("CARGO_BIN_EXE_codeact"))
            .arg("run")
            .arg("--json")
            .args(args)
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("codeact runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(code.as_bytes())
            .expect("write");
        let out = child.wait_with_output().expect("codeact ends");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let out = json(&["--max-while-iterations", "1000"], "while True: pass");
    assert!(out.contains(r#""limit":"while_iterations""#), "{}", out);
    let out = json(
        &["--max-while-iterations", "0", "--max-operations", "50000"],
        "while True: pass",
    );
    assert!(out.contains(r#""limit":"operations""#), "{}", out);
    let out = json(&["--max-memory", "1000000"], "x = 'a' * 10**7");
    assert!(out.contains(r#""limit":"memory""#), "{}", out);
    let out = json(
        &["--timeout", "0.3", "--max-operations", "0"],
        "for i in range(10**18): pass",
    );
    assert!(out.contains(r#""limit":"time""#), "{}", out);
}

/// Issue 5: one native operation on huge ints is refused before it starts
/// when its estimated cost would take the run past the deadline, even with
/// the operation budget out of the way; the session stays usable.
#[test]
fn huge_integer_operations_are_refused_before_they_run_long() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let limits = Limits {
        max_operations: u64::MAX,
        timeout: Some(Duration::from_secs(3)),
        max_memory_bytes: 32 * 1024 * 1024,
        ..Limits::default()
    };
    let mut s = Session::new(all_imports(limits));
    for (code, want) in [
        ("pow(3, 2**100000, 2**100000 + 1)", LimitKind::Time),
        (
            "import math\nmath.gcd(3**400000, 2**600000 + 1)",
            LimitKind::Time,
        ),
        ("x = 3**(10**6)\ny = x**60", LimitKind::Time),
        ("import math\nmath.isqrt(1 << (6 * 10**7))", LimitKind::Time),
        ("import math\nmath.factorial(10**6)", LimitKind::Time),
        (
            "from fractions import Fraction\nFraction(3**400000, 2**600000 + 1)",
            LimitKind::Time,
        ),
        ("x = 2**(10**8)\ny = hex(x)", LimitKind::Memory),
    ] {
        stops_within(&mut s, code, want, Duration::from_secs(6));
    }
    // A power of two is a shift, however large (within the memory limit).
    let out = s.run("x = None\nx = 2**(10**8)\nprint(x.bit_length())\ndel x");
    assert_eq!(
        out.as_ref()
            .map(|o| o.stdout.as_str())
            .map_err(|e| e.summary()),
        Ok("100000001\n")
    );
}

/// Issue 5: objects of module types (deque, Counter, StringIO, lru_cache,
/// datetime, match objects, Fractions, tee buffers) are in the memory
/// account: growth ends with the memory limit, and what is freed is given
/// back, so the same session can then use the room again.
#[test]
fn module_objects_count_against_the_memory_limit() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let limits = Limits {
        max_memory_bytes: 32 * 1024 * 1024,
        max_operations: u64::MAX,
        max_while_iterations: u64::MAX,
        ..Limits::default()
    };
    let before = rss_kib();
    for (setup, grow) in [
        (
            "from collections import deque\nd = deque()",
            "d.append('x' * 1000)",
        ),
        ("import io\nd = io.StringIO()", "d.write('x' * 1000)"),
        (
            "import io\nd = []",
            "s = io.StringIO()\n    s.write('x' * 100000)\n    d.append(s)",
        ),
        (
            "import functools\nd = functools.lru_cache(maxsize=None)(lambda i: i)\ni = 0",
            "d(i)\n    i += 1",
        ),
        (
            "import datetime\nd = []",
            "d.append(datetime.datetime(2020, 1, 1))",
        ),
        ("import re\nd = []", "d.append(re.match('(a)(b)?', 'ab'))"),
        (
            "import itertools\nd = itertools.tee(iter(lambda: 'x' * 1000, None))",
            "next(d[0])",
        ),
        (
            "import itertools\nd = itertools.cycle(iter(lambda: 'x' * 1000, None))",
            "next(d)",
        ),
        ("import queue\nd = queue.Queue()", "d.put('x' * 1000)"),
        (
            "from fractions import Fraction\nd = []\ni = 1",
            "d.append(Fraction(i, 7))\n    i += 1",
        ),
        (
            "from decimal import Decimal\nd = []\ni = 1",
            "d.append(Decimal(i) / 7)\n    i += 1",
        ),
    ] {
        let mut s = Session::new(all_imports(limits.clone()));
        let code = format!("{}\nwhile True:\n    {}", setup, grow);
        match s.run(&code) {
            Err(Error::Limit {
                kind: LimitKind::Memory,
                ..
            }) => {}
            other => panic!("{:?} ended with {:?}", code, other.map(|o| o.stdout)),
        }
        let grown = rss_kib().saturating_sub(before);
        assert!(
            grown < 256 * 1024,
            "{:?}: RSS grew {} KiB under a 32 MiB limit",
            code,
            grown
        );
        // Freeing the objects gives their bytes back.
        let out = s.run("del d\ny = 'b' * (24 * 1024 * 1024)\nprint(len(y))");
        assert_eq!(
            out.map(|o| o.stdout).ok(),
            Some("25165824\n".into()),
            "{:?}: the freed objects were not given back",
            code
        );
    }
    // Made and freed in a loop, module objects leave the account as it was.
    let mut s = Session::new(all_imports(limits));
    let out = s.run(
        "import datetime, io, re\nfrom collections import deque\n\
         for i in range(20000):\n    a = datetime.date(2020, 1, 1)\n    b = io.StringIO('x' * 100)\n    \
         c = re.match('x', 'x')\n    d = deque([1, 2, 3])\n\
         y = 'b' * (30 * 1024 * 1024)\nprint(len(y))",
    );
    assert_eq!(out.map(|o| o.stdout).ok(), Some("31457280\n".into()));
}

/// Issue 5: a deque grown past the memory limit in one step (extend,
/// extendleft, `+=`, construction) is refused before it grows, so the
/// session is not left over the limit: it keeps what it had, and the room
/// under the limit is still there to use.
#[test]
fn deque_growth_past_the_limit_leaves_the_session_under_it() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let limits = Limits {
        max_memory_bytes: 32 * 1024 * 1024,
        ..Limits::default()
    };
    for grow in ["d.extend(x)", "d.extendleft(x)", "d += x", "e = deque(x)"] {
        let mut s = Session::new(all_imports(limits.clone()));
        // About 24 MB: another copy of its slots does not fit under 32 MB.
        let setup = s.run("from collections import deque\nx = [0] * 1000000\nd = deque([1, 2])");
        assert!(setup.is_ok(), "{:?}", setup.map_err(|e| e.summary()));
        match s.run(grow) {
            Err(Error::Limit {
                kind: LimitKind::Memory,
                ..
            }) => {}
            other => panic!("{:?} ended with {:?}", grow, other.map(|o| o.stdout)),
        }
        // The deque did not grow, and the ~8 MB left under the limit are usable.
        let out = s.run("print(len(d), len(x))\ny = 'b' * (6 * 1024 * 1024)\nprint(len(y))");
        assert_eq!(
            out.as_ref()
                .map(|o| o.stdout.as_str())
                .map_err(|e| e.summary()),
            Ok("2 1000000\n6291456\n"),
            "after {:?}",
            grow
        );
        // Freeing the list makes room for nearly the whole limit again.
        let out = s.run("del x, y\nd.extend(range(100000))\nz = 'c' * (28 * 1024 * 1024)\nprint(len(d), len(z))");
        assert_eq!(
            out.as_ref()
                .map(|o| o.stdout.as_str())
                .map_err(|e| e.summary()),
            Ok("100002 29360128\n"),
            "after {:?}",
            grow
        );
    }
}

/// Issue 5: a catastrophic regular expression stops near the deadline and
/// names the time limit. A backtracking search checks in every few thousand
/// steps, so neither backtracking nor look-arounds that each rescan the text
/// run past the deadline, and many searches in a loop stop too.
#[test]
fn catastrophic_regex_stops_near_the_deadline() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let limits = Limits {
        timeout: Some(Duration::from_millis(300)),
        max_operations: u64::MAX,
        ..Limits::default()
    };
    let mut s = Session::new(config(limits));
    for code in [
        // Every backtracking step scans the rest of a long text.
        "import re\nre.match(r'(a|aa)+(?=.*c)x', 'a' * 30 + 'b' * 100000)",
        "import re\nre.search(r'(?:(a|aa)(?!.*c))+x', 'a' * 30 + 'b' * 100000)",
        // No backtracking at all: a look-ahead in a repeat rescans the text
        // once per character, 10^10 steps.
        "import re\nre.match(r'(?:(?=[^c]*$)a)*', 'a' * 100000)",
        "import re\nre.findall(r'(?<=a)(?=[^c]*$)', 'a' * 100000)",
        // Each search is short; together they run far past the deadline.
        "import re\nfor _ in range(200):\n    re.match(r'(a|aa)+(?=c)', 'a' * 25 + 'b')",
    ] {
        stops_within(&mut s, code, LimitKind::Time, Duration::from_secs(3));
    }
    // Nested quantifiers without backreferences or look-around run on an
    // automaton, in linear time.
    let out = s.run("import re\nprint(re.match(r'(a+)+$', 'a' * 30 + 'b'))");
    assert_eq!(out.map(|o| o.stdout).ok(), Some("None\n".into()));
    // With time to spare, the operation budget stops the search and names it.
    let mut s = Session::new(config(Limits {
        timeout: Some(Duration::from_secs(60)),
        max_operations: 1_000_000,
        ..Limits::default()
    }));
    let start = Instant::now();
    match s.run("import re\nre.match(r'(a|aa)+(?=c)', 'a' * 40 + 'b')") {
        Err(Error::Limit {
            kind: LimitKind::Operations,
            message,
            ..
        }) => assert!(
            message.contains("in a backtracking search for the regular expression '(a|aa)+(?=c)'"),
            "{}",
            message
        ),
        other => panic!("ended with {:?}", other.map(|o| o.stdout)),
    }
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn sixty_four_sessions_on_eight_threads() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    const HOSTILE: &[&str] = &[
        "while True: pass",
        "x = []\nfor _ in range(10**6): x = [x]\nprint(x)",
        "def f(): return f()\nf()",
        "x = 'a' * 10**12",
        "import os",
        "print(().__class__.__bases__[0].__subclasses__())",
        "x = []\nwhile True: x.append('a' * 1000)",
        "s = '(' * 100000 + ')' * 100000",
    ];
    let failures = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let failures = failures.clone();
            std::thread::spawn(move || {
                for k in 0..8 {
                    let n = t * 8 + k;
                    let mut s = Session::new(config(suite_limits()));
                    if n % 2 == 0 {
                        let _ = s.run(HOSTILE[(n / 2) % HOSTILE.len()]);
                    }
                    let code = format!(
                        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\
                         words = {{w: len(w) for w in 'the quick brown fox'.split()}}\n\
                         print(fib(15) + {n}, sorted(words.items())[0], search('q{n}'))"
                    );
                    let want = format!("{} ('brown', 5) found q{}\n", 610 + n, n);
                    match s.run(&code) {
                        Ok(o) if o.stdout == want => {}
                        other => failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(format!("session {}: {:?}", n, other.map(|o| o.stdout))),
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a session thread panicked");
    }
    let failures = failures.lock().unwrap_or_else(|e| e.into_inner());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const SMOL: &str = "smolagents CVEs";
const FMT: &str = "format-string bypasses";
const ABSENT: &str = "absent builtins";
const IMPORT: &str = "forbidden imports";
const DUNDER: &str = "dunder reachability";
const CRASH: &str = "crashers from other sandboxes";
const EXHAUST: &str = "resource exhaustion";
const RED: &str = "red team";

const NOT_AVAILABLE: &str = "is not available in the codeact sandbox";
const IMPORT_DENIED: &str = "is not allowed. Authorized imports are";
const TOOL_REBIND: &str = "doing this would erase the existing tool";

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn attacks() -> Vec<Attack> {
    use LimitKind::{Memory, Operations, WhileIterations};
    vec![
        // CVE-2025-5120: getattr reaching what attribute syntax cannot.
        a(SMOL, "getattr subclasses", "getattr(object, '__subclasses__')()", Exc("AttributeError", "'__subclasses__'")),
        a(SMOL, "getattr class chain", "getattr(getattr((), '__class__'), '__base__')", Exc("AttributeError", "'__base__'")),
        a(SMOL, "getattr built name", "getattr(1, '__cl' + 'ass__').__subclasses__()", Exc("AttributeError", "'__subclasses__'")),
        a(SMOL, "getattr globals", "def f(): pass\ngetattr(f, '__globals__')", Exc("AttributeError", "'__globals__'")),
        a(SMOL, "getattr builtins", "def f(): pass\ngetattr(f, '__builtins__')", Exc("AttributeError", "'__builtins__'")),
        a(SMOL, "getattr module loader", "import math\ngetattr(math, '__loader__')", Exc("AttributeError", "'__loader__'")),
        a(SMOL, "getattr module spec", "import random\ngetattr(random, '__spec__')", Exc("AttributeError", "'__spec__'")),
        a(SMOL, "getattr module os", "import random\ngetattr(random, '_os')", Exc("AttributeError", "'_os'")),
        a(SMOL, "getattr module sys", "import collections\ngetattr(collections, 'sys')", Exc("AttributeError", "'sys'")),
        a(SMOL, "getattr tool internals", "getattr(search, '__call__')", Exc("AttributeError", "'__call__'")),
        a(SMOL, "getattr final_answer globals", "getattr(final_answer, '__globals__')", Exc("AttributeError", "'__globals__'")),
        // CVE-2025-9959: dunder methods called to walk to subprocess.Popen.
        a(SMOL, "subclasses walk", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen']", Exc("AttributeError", "'__base__'")),
        a(SMOL, "mro walk", "object_ = ''.__class__.__mro__[-1]\nobject_.__subclasses__()", Exc("AttributeError", "'__subclasses__'")),
        a(SMOL, "bases walk", "int.__bases__[0].__subclasses__()", Exc("AttributeError", "'__subclasses__'")),
        a(SMOL, "init globals", "class A: pass\nA.__init__.__globals__['__builtins__']", Exc("AttributeError", "'__init__'")),
        a(SMOL, "method globals", "class A:\n    def f(self): pass\nA().f.__func__.__globals__", Exc("AttributeError", "'__globals__'")),
        a(SMOL, "type call", "type.__call__(object)", Exc("AttributeError", "'__call__'")),
        a(SMOL, "object new", "object.__new__(type)", Exc("TypeError", "object.__new__(type) is not safe, use type.__new__()")),
        a(SMOL, "getattribute", "object.__getattribute__(1, '__class__')", Exc("AttributeError", "'__getattribute__'")),
        a(SMOL, "reduce", "(1).__reduce_ex__(2)", Exc("AttributeError", "'__reduce_ex__'")),
        a(SMOL, "builtin self", "print.__self__", Exc("AttributeError", "'__self__'")),
        // CVE-2026-4963 (reconstructed): user dunders as time bombs for the host.
        a(SMOL, "del time bomb", "class B:\n    def __del__(self):\n        while True: pass\nb = B()\ndel b\nprint('ok')", Out("ok\n")),
        a(SMOL, "eq time bomb on host", "class B:\n    def __eq__(self, o):\n        while True: pass\n    __hash__ = None\nx = B()\nprint('ok')", Out("ok\n")),
        a(SMOL, "repr bomb on final answer", "class B:\n    def __repr__(self):\n        while True: pass\nfinal_answer(B())", Limit(WhileIterations)),
        a(SMOL, "str bomb in print", "class B:\n    def __str__(self):\n        return str(self)\nprint(B())", Exc("RecursionError", "maximum recursion depth exceeded")),
        a(SMOL, "getattr hook loop", "class B:\n    def __getattr__(self, n):\n        return getattr(self, n + 'x')\nB().y", Exc("RecursionError", "maximum recursion depth exceeded")),
        // RestrictedPython / Jinja style format-string field paths.
        a(FMT, "format class init globals", "'{0.__class__.__init__.__globals__}'.format(1)", Exc("AttributeError", "'__init__'")),
        a(FMT, "format subclasses", "'{0.__class__.__base__.__subclasses__}'.format(())", Exc("AttributeError", "'__base__'")),
        a(FMT, "format mro index", "print('{0.__class__.__mro__[1].__subclasses__}'.format(1))", Exc("AttributeError", "'__subclasses__'")),
        a(FMT, "format function globals", "def f(): pass\n'{0.__globals__}'.format(f)", Exc("AttributeError", "'__globals__'")),
        a(FMT, "format keyword path", "'{x.__globals__}'.format(x=lambda: 0)", Exc("AttributeError", "'__globals__'")),
        a(FMT, "format_map path", "'{x.__code__}'.format_map({'x': lambda: 0})", Exc("AttributeError", "'__code__'")),
        a(FMT, "str.format unbound", "str.format('{0.__globals__}', lambda: 0)", Exc("AttributeError", "'__globals__'")),
        a(FMT, "nested spec path", "'{0:{1.__globals__}}'.format(1, lambda: 0)", Exc("AttributeError", "'__globals__'")),
        a(FMT, "format tool", "'{0.__globals__}'.format(search)", Exc("AttributeError", "'__globals__'")),
        a(FMT, "format module path", "import math\n'{0.__loader__}'.format(math)", Exc("AttributeError", "'__loader__'")),
        a(FMT, "format exception traceback", "try:\n    1/0\nexcept Exception as e:\n    '{0.__traceback__.tb_frame}'.format(e)", Exc("AttributeError", "'tb_frame'")),
        a(FMT, "format generator frame", "g = (i for i in [1])\n'{0.gi_frame.f_globals}'.format(g)", Exc("AttributeError", "'gi_frame'")),
        a(FMT, "fstring globals", "f = lambda: 0\nprint(f'{f.__globals__}')", Exc("AttributeError", "'__globals__'")),
        a(FMT, "fstring subclasses", "print(f'{object.__subclasses__()}')", Exc("AttributeError", "'__subclasses__'")),
        a(FMT, "format harmless class is fine", "print('{0.__class__.__name__}'.format(1))", Out("int\n")),
        a(FMT, "percent format class", "print('%s' % (1).__class__)", Out("<class 'int'>\n")),
        a(FMT, "format huge width", "'{:99999999999}'.format(1)", Limit(Memory)),
        a(FMT, "format nested huge width", "'{:{w}}'.format(1, w=10**9)", Limit(Memory)),
        a(FMT, "percent huge width", "'%*d' % (10**9, 1)", Limit(Memory)),
        a(FMT, "percent huge precision", "'%.999999999f' % 1.0", Limit(Memory)),
        a(FMT, "fstring huge precision", "f'{1.0:.999999999f}'", Limit(Memory)),
        a(FMT, "format getitem on dict", "print('{0[__class__]}'.format({'__class__': 'plain key'}))", Out("plain key\n")),
        // Builtins the sandbox leaves out.
        a(ABSENT, "open", "open('{DIR}/pwned', 'w').write('x')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "eval", "eval('1 + 1')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "exec", "exec('import os')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "compile", "compile('1', 'f', 'eval')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "__import__", "__import__('os').system('touch {DIR}/pwned')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "globals", "globals()['__builtins__']", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "locals", "locals()", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "vars", "vars()", Exc("TypeError", NOT_AVAILABLE)),
        a(ABSENT, "quit", "quit()", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "breakpoint", "breakpoint()", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "input", "input('?')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "help", "help(print)", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "exit", "exit(0)", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "memoryview", "memoryview(b'x')", Exc("NameError", NOT_AVAILABLE)),
        a(ABSENT, "__builtins__", "__builtins__", Exc("NameError", "'__builtins__' is not defined")),
        a(ABSENT, "__loader__", "__loader__", Exc("NameError", "'__loader__' is not defined")),
        a(ABSENT, "__file__", "__file__", Exc("NameError", "'__file__' is not defined")),
        a(ABSENT, "eval via getattr on module", "import math\ngetattr(math, 'eval')", Exc("AttributeError", "'eval'")),
        // Imports of anything that reaches the host.
        a(IMPORT, "os", "import os\nos.system('touch {DIR}/pwned')", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "from os", "from os import system", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "os.path", "import os.path", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "sys", "import sys", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "subprocess", "import subprocess", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "socket", "import socket", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "ctypes", "import ctypes", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "importlib", "import importlib", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "builtins", "import builtins", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "io", "import io", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "pickle", "import pickle", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "marshal", "import marshal", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "inspect", "import inspect", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "gc", "import gc", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "threading", "import threading", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "multiprocessing", "import multiprocessing", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "signal", "import signal", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "pathlib", "import pathlib", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "shutil", "import shutil", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "posix", "import posix", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "_io", "import _io", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "pty", "import pty", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "import inside function", "def f():\n    import os\nf()", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "submodule of allowed", "import collections.abc", Exc("ImportError", IMPORT_DENIED)),
        a(IMPORT, "relative import", "from . import os", Syntax),
        // Dunders on every other path.
        a(DUNDER, "function globals", "def f(): pass\nf.__globals__", Exc("AttributeError", "'__globals__'")),
        a(DUNDER, "function code", "def f(): pass\nf.__code__", Exc("AttributeError", "'__code__'")),
        a(DUNDER, "function closure", "def f():\n    a = 1\n    return lambda: a\nf().__closure__", Exc("AttributeError", "'__closure__'")),
        a(DUNDER, "function builtins", "(lambda: 0).__builtins__", Exc("AttributeError", "'__builtins__'")),
        a(DUNDER, "function kwdefaults set", "def f(): pass\nf.__code__ = None", Exc("AttributeError", "cannot set '__code__'")),
        a(DUNDER, "class subclasses", "class A: pass\nA.__subclasses__()", Exc("AttributeError", "'__subclasses__'")),
        a(DUNDER, "object subclasses", "object.__subclasses__()", Exc("AttributeError", "'__subclasses__'")),
        a(DUNDER, "type subclasses", "type.__subclasses__(object)", Exc("AttributeError", "'__subclasses__'")),
        a(DUNDER, "type dict", "type(1).__dict__", Exc("AttributeError", "'__dict__'")),
        a(DUNDER, "str dict", "str.__dict__['join']", Exc("AttributeError", "'__dict__'")),
        a(DUNDER, "base", "int.__base__", Exc("AttributeError", "'__base__'")),
        a(DUNDER, "mro is only classes", "print([c.__name__ for c in bool.__mro__])", Out("['bool', 'int', 'object']\n")),
        a(DUNDER, "hasattr hides", "print(hasattr(1, '__subclasses__'), hasattr(print, '__self__'))", Out("False False\n")),
        a(DUNDER, "setattr class", "class A: pass\nsetattr(A(), '__class__', int)", Exc("AttributeError", "cannot set '__class__'")),
        a(DUNDER, "setattr bases", "class A: pass\nA.__bases__ = (int,)", Exc("AttributeError", "cannot set '__bases__'")),
        a(DUNDER, "setattr builtin type", "setattr(int, 'x', 1)", Exc("TypeError", "immutable type")),
        a(DUNDER, "delattr builtin attr", "delattr(1, 'real')", Exc("AttributeError", "'real'")),
        a(DUNDER, "exception traceback frame", "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_frame", Exc("AttributeError", "'tb_frame'")),
        a(DUNDER, "exception traceback next", "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_next", Exc("AttributeError", "'tb_next'")),
        a(DUNDER, "exception context is data", "try:\n    try:\n        1/0\n    except Exception:\n        raise ValueError('v')\nexcept ValueError as e:\n    print(type(e.__context__).__name__)", Out("ZeroDivisionError\n")),
        a(DUNDER, "exception with_traceback", "try:\n    1/0\nexcept Exception as e:\n    print(e.with_traceback(None) is e)\n    e.with_traceback(None).__traceback__.tb_frame", Exc("AttributeError", "'tb_frame'")),
        a(DUNDER, "generator frame", "def g():\n    yield 1\ng().gi_frame", Exc("AttributeError", "'gi_frame'")),
        a(DUNDER, "generator code", "def g():\n    yield 1\ng().gi_code", Exc("AttributeError", "'gi_code'")),
        a(DUNDER, "genexp frame back", "(i for i in [1]).gi_frame.f_back", Exc("AttributeError", "'gi_frame'")),
        a(DUNDER, "bound method self class", "class A:\n    def f(self): pass\nprint(A().f.__self__.__class__.__name__)", Out("A\n")),
        a(DUNDER, "module dict", "import math\nmath.__dict__", Exc("AttributeError", "'__dict__'")),
        a(DUNDER, "int add dunder", "(1).__add__(2)", Exc("AttributeError", "'__add__'")),
        a(DUNDER, "super self", "class A:\n    def f(self):\n        return super().__self__\nA().f()", Exc("AttributeError", "'__self__'")),
        a(DUNDER, "super thisclass", "class A:\n    def f(self):\n        return super().__thisclass__\nA().f()", Exc("AttributeError", "'__thisclass__'")),
        a(DUNDER, "type three args", "type('X', (), {})", Exc("TypeError", "not supported")),
        a(DUNDER, "instance dict is a copy", "class A: pass\nx = A()\nx.__dict__['y'] = 1\nprint(hasattr(x, 'y'))", Out("False\n")),
        a(DUNDER, "user getattribute ignored for class", "class A:\n    def __getattribute__(self, n): return 1\nprint(A().__class__.__name__)", Out("A\n")),
        a(DUNDER, "builtin call dunder", "len.__call__", Exc("AttributeError", "'__call__'")),
        a(DUNDER, "str doc", "''.__doc__", Exc("AttributeError", "'__doc__'")),
        // Crashers reported against other Rust interpreters.
        a(CRASH, "100k parens", leak(format!("x = {}{}", "(".repeat(100_000), ")".repeat(100_000))), Syntax),
        a(CRASH, "deep list literal", leak(format!("x = {}{}", "[".repeat(10_000), "]".repeat(10_000))), Syntax),
        a(CRASH, "deep unpacking target", leak(format!("{}a{} = [1]", "[".repeat(10_000), "]".repeat(10_000))), Syntax),
        a(CRASH, "deep not chain", leak(format!("x = {}1", "not ".repeat(20_000))), Syntax),
        a(CRASH, "deep lambda nest", leak(format!("f = {}1", "lambda: ".repeat(10_000))), Syntax),
        a(CRASH, "deep unary chain", leak(format!("x = {}1", "-".repeat(20_000))), Syntax),
        a(CRASH, "deep attribute chain", leak(format!("x = a{}", ".b".repeat(20_000))), Syntax),
        a(CRASH, "deep call chain", leak(format!("x = f{}", "()".repeat(20_000))), Syntax),
        a(CRASH, "deep block nesting", leak((0..1000).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(1000) + "pass\n"), Syntax),
        a(CRASH, "long binary chain", leak(format!("x = {}", vec!["1"; 20_000].join("+"))), Syntax),
        a(CRASH, "nested list 1e6 repr", "x = []\nfor _ in range(10**6): x = [x]\nprint(x)", Exc("RecursionError", "while getting the repr of an object")),
        a(CRASH, "nested list 1e6 compare", "x = []\ny = []\nfor _ in range(5 * 10**5):\n    x = [x]\n    y = [y]\nprint(x == y)", Exc("RecursionError", "in comparison")),
        a(CRASH, "nested list 1e6 order", "x = []\ny = []\nfor _ in range(5 * 10**5):\n    x = [x]\n    y = [y]\nprint(x < y)", Exc("RecursionError", "in comparison")),
        a(CRASH, "nested tuple 1e6 hash", "x = ()\nfor _ in range(10**6): x = (x,)\nhash(x)", Exc("RecursionError", "maximum recursion depth exceeded")),
        a(CRASH, "nested list 1e6 del", "x = []\nfor _ in range(10**6): x = [x]\ndel x\nprint('ok')", Out("ok\n")),
        a(CRASH, "nested list 1e6 rebind", "x = []\nfor _ in range(10**6): x = [x]\nx = 0\nprint('ok')", Out("ok\n")),
        a(CRASH, "nested list dropped with frame", "def f():\n    x = []\n    for _ in range(10**6): x = [x]\n    return 1\nprint(f())", Out("1\n")),
        a(CRASH, "nested dict 1e6 drop", "d = {}\nfor _ in range(3 * 10**5): d = {'k': d}\nd = None\nprint('ok')", Out("ok\n")),
        a(CRASH, "nested instance chain drop", "class N:\n    pass\nn = None\nfor _ in range(300000):\n    m = N()\n    m.next = n\n    n = m\nn = m = None\nprint('ok')", Out("ok\n")),
        a(CRASH, "closure chain drop", "f = None\nfor _ in range(300000):\n    f = (lambda g: lambda: g)(f)\nf = None\nprint('ok')", Out("ok\n")),
        a(CRASH, "iterator chain drop", "it = iter([])\nfor _ in range(200000): it = map(abs, it)\nit = None\nprint('ok')", Out("ok\n")),
        a(CRASH, "nested list kept in session", "x = []\nfor _ in range(10**6): x = [x]\nprint(len(x))", Out("1\n")),
        a(CRASH, "self list repr", "x = [1]\nx.append(x)\nprint(x)", Out("[1, [...]]\n")),
        a(CRASH, "self dict repr", "d = {}\nd['d'] = d\nprint(d)", Out("{'d': {...}}\n")),
        a(CRASH, "self list equality", "x = []\nx.append(x)\nprint(x == x)", Out("True\n")),
        a(CRASH, "mutual list equality", "x = []\ny = []\nx.append(y)\ny.append(x)\nprint(x == y)", Exc("RecursionError", "in comparison")),
        a(CRASH, "cycle through instance repr", "class A:\n    def __repr__(self): return repr(self.x)\na = A()\na.x = [a]\nprint(a)", Exc("RecursionError", "maximum recursion depth exceeded")),
        a(CRASH, "huge str repeat", "'a' * 10**12", Limit(Memory)),
        a(CRASH, "huge list repeat", "[0] * 10**10", Limit(Memory)),
        a(CRASH, "repeat overflow", "'ab' * (2**63 - 1)", Limit(Memory)),
        a(CRASH, "list repeat overflow", "[0, 1] * (2**62)", Limit(Memory)),
        a(CRASH, "index overflow", "[1, 2][10**20]", Exc("IndexError", "cannot fit 'int' into an index-sized integer")),
        a(CRASH, "slice huge bounds", "print('abc'[-10**20:10**20:10**19], [1, 2, 3][::-10**20])", Out("a [3]\n")),
        a(CRASH, "min int divide", "print((-2**63) // -1, divmod(-2**63, -1)[0], abs(-2**63))", Out("9223372036854775808 9223372036854775808 9223372036854775808\n")),
        a(CRASH, "chr out of range", "chr(2**40)", Exc("OverflowError", "Python int too large to convert to C int")),
        a(CRASH, "chr past unicode", "chr(0x110000)", Exc("ValueError", "chr() arg not in range")),
        a(CRASH, "range len overflow", "len(range(-2**63, 2**63))", Exc("OverflowError", "")),
        a(CRASH, "negative shift", "1 << -1", Exc("ValueError", "negative shift count")),
        a(CRASH, "int str digits", "str(10**5000)", Exc("ValueError", "Exceeds the limit (4300")),
        a(CRASH, "int parse digits", "int('1' * 10**6)", Exc("ValueError", "Exceeds the limit (4300")),
        a(CRASH, "nan to int", "int(float('nan'))", Exc("ValueError", "cannot convert float NaN to integer")),
        a(CRASH, "inf to int", "int(1e400)", Exc("OverflowError", "cannot convert float infinity to integer")),
        a(CRASH, "mod inverse", "pow(0, -1, 5)", Exc("ValueError", "not invertible")),
        a(CRASH, "float pow overflow", "2.0 ** 10**10", Exc("OverflowError", "")),
        // Resource exhaustion of every kind.
        a(EXHAUST, "while true", "while True: pass", Limit(WhileIterations)),
        a(EXHAUST, "while true swallowed", "try:\n    while True: pass\nexcept BaseException:\n    print('caught')", Limit(WhileIterations)),
        a(EXHAUST, "bare except", "try:\n    while True: pass\nexcept:\n    print('caught')", Limit(WhileIterations)),
        a(EXHAUST, "finally loops again", "try:\n    while True: pass\nfinally:\n    while True: pass", Limit(WhileIterations)),
        a(EXHAUST, "finally prints", "try:\n    while True: pass\nfinally:\n    print('finally ran')", Limit(WhileIterations)),
        a(EXHAUST, "for over huge range", "for i in range(10**18): pass", Limit(Operations)),
        a(EXHAUST, "nested loops", "for i in range(10**4):\n    for j in range(10**4): pass", Limit(Operations)),
        a(EXHAUST, "comprehension", "[i for i in range(10**9)]", Limit(Operations)),
        a(EXHAUST, "generator forever", "def g():\n    while True: yield 1\nsum(g())", Limit(Operations)),
        a(EXHAUST, "recursion", "def f(): return f()\nf()", Exc("RecursionError", "maximum recursion depth exceeded")),
        a(EXHAUST, "mutual recursion", "def f(n): return g(n)\ndef g(n): return f(n)\nf(1)", Exc("RecursionError", "maximum recursion depth exceeded")),
        a(EXHAUST, "recursion caught and retried", "def f(): return f()\nfor _ in range(50):\n    try:\n        f()\n    except RecursionError:\n        pass\nprint('done')", Out("done\n")),
        a(EXHAUST, "recursion in except", "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()", Limit(Operations)),
        a(EXHAUST, "pow", "2 ** 10**10", Limit(Memory)),
        a(EXHAUST, "tower", "10**10**10", Limit(Memory)),
        a(EXHAUST, "shift", "1 << 10**10", Limit(Memory)),
        a(EXHAUST, "ljust", "'x'.ljust(10**12)", Limit(Memory)),
        a(EXHAUST, "zfill", "'x'.zfill(10**12)", Limit(Memory)),
        a(EXHAUST, "center", "'x'.center(10**12)", Limit(Memory)),
        a(EXHAUST, "expandtabs", "('\\t' * 100000).expandtabs(100000)", Limit(Memory)),
        a(EXHAUST, "replace empty", "('a' * 100000).replace('', 'x' * 10000)", Limit(Memory)),
        a(EXHAUST, "range materialised", "list(range(10**12))", Limit(Memory)),
        a(EXHAUST, "tuple of range", "tuple(range(10**9))", Limit(Memory)),
        a(EXHAUST, "sorted range", "sorted(range(10**9))", Limit(Memory)),
        a(EXHAUST, "join huge list", "','.join(['a' * 1000] * 400000)", Limit(Memory)),
        a(EXHAUST, "join of joins", "x = ','.join(['a' * 100] * 10000)\ny = ','.join([x] * 1000)", Limit(Memory)),
        a(EXHAUST, "append loop", "x = []\nwhile True: x.append('a' * 1000)", Limit(Memory)),
        a(EXHAUST, "append ints", "x = []\nwhile True: x.append(1)", Limit(Operations)),
        a(EXHAUST, "dict growth", "d = {}\ni = 0\nwhile True:\n    d[i] = 'v' * 1000\n    i += 1", Limit(Memory)),
        a(EXHAUST, "set growth", "s = set()\ni = 0\nwhile True:\n    s.add(str(i) * 100)\n    i += 1", Limit(Memory)),
        a(EXHAUST, "string doubling", "s = 'a'\nwhile True: s += s", Limit(Memory)),
        a(EXHAUST, "list doubling", "x = [1]\nwhile True: x = x + x", Limit(Memory)),
        a(EXHAUST, "list inplace doubling", "x = [1]\nwhile True: x += x", Limit(Memory)),
        a(EXHAUST, "list mul assign", "x = [0]\nx *= 10**10", Limit(Memory)),
        a(EXHAUST, "many medium strings", "keep = ['x' * 100000 for _ in range(4000)]", Limit(Memory)),
        a(EXHAUST, "bytes repeat", "b'a' * 10**12", Limit(Memory)),
        a(EXHAUST, "bytes alloc", "bytes(10**12)", Limit(Memory)),
        a(EXHAUST, "split explosion", "('a ' * 10**7).split()", Limit(Memory)),
        a(EXHAUST, "list of str", "list('a' * 10**7)", Limit(Memory)),
        a(EXHAUST, "int to_bytes", "(1).to_bytes(10**12, 'big')", Limit(Memory)),
        a(EXHAUST, "dag repr", "x = []\nfor i in range(40): x = [x, x]\nrepr(x)", Limit(Operations)),
        a(EXHAUST, "dag str of dict", "x = {}\nfor i in range(40): x = {'a': x, 'b': x}\nstr(x)", Limit(Operations)),
        a(EXHAUST, "dag hash", "x = ()\nfor i in range(40): x = (x, x)\nhash(x)", Limit(Operations)),
        a(EXHAUST, "dag repr of big leaves", "x = ['a' * 10**6]\nfor i in range(30): x = [x, x]\nrepr(x)", Limit(Memory)),
        a(EXHAUST, "dag equality", "x = []\ny = []\nfor i in range(40):\n    x = [x, x]\n    y = [y, y]\nx == y", Limit(Operations)),
        a(EXHAUST, "print flood", "while True: print('x' * 100)", Limit(Operations)),
        a(EXHAUST, "factorial", "import math\nmath.factorial(10**9)", Limit(Memory)),
        a(EXHAUST, "comb", "import math\nmath.comb(10**9, 5 * 10**8)", Limit(Operations)),
        // One native big-int call cannot be interrupted: its cost is estimated first.
        a(EXHAUST, "modpow huge modulus", "pow(3, 2**100000, 2**100000 + 1)", Limit(Operations)),
        a(EXHAUST, "gcd of huge ints", "import math\nmath.gcd(3**400000, 2**600000 + 1)", Limit(Operations)),
        a(EXHAUST, "factorial slow", "import math\nmath.factorial(10**6)", Limit(Operations)),
        a(EXHAUST, "comb slow", "import math\nmath.comb(10**6, 5 * 10**5)", Limit(Operations)),
        a(EXHAUST, "product of huge ints", "x = 3**(10**6)\ny = x**60", Limit(Operations)),
        a(EXHAUST, "isqrt of huge int", "import math\nmath.isqrt(1 << (6 * 10**7))", Limit(Operations)),
        a(EXHAUST, "format d past the digit limit", "format(2**(10**6), 'd')", Exc("ValueError", "Exceeds the limit (4300 digits)")),
        a(EXHAUST, "percent d past the digit limit", "'%d' % 2**(10**6)", Exc("ValueError", "Exceeds the limit (4300 digits)")),
        a(EXHAUST, "grouped f-string past the digit limit", "f'{2**(10**6):,}'", Exc("ValueError", "Exceeds the limit (4300 digits)")),
        a(EXHAUST, "hex of huge int", "x = 1 << (4 * 10**8)\nhex(x)", Limit(Memory)),
        // Objects of module types count against the memory limit as they grow.
        a(EXHAUST, "Counter growth", "from collections import Counter\nc = Counter()\ni = 0\nwhile True:\n    c['k' * 500 + str(i)] += 1\n    i += 1", Limit(Memory)),
        a(EXHAUST, "defaultdict growth", "from collections import defaultdict\nd = defaultdict(list)\ni = 0\nwhile True:\n    d[i].append('x' * 1000)\n    i += 1", Limit(Memory)),
        a(EXHAUST, "OrderedDict growth", "from collections import OrderedDict\nd = OrderedDict()\ni = 0\nwhile True:\n    d[i] = 'x' * 1000\n    i += 1", Limit(Memory)),
        a(EXHAUST, "tee buffer", "import itertools\na, b = itertools.tee(iter(lambda: 'x' * 1000, None))\nwhile True: next(a)", Limit(Memory)),
        a(EXHAUST, "nested quantifier regex", "import re\nprint(re.match(r'(a+)+$', 'a' * 30 + 'b'))", Out("None\n")),
        a(EXHAUST, "catastrophic backreference regex", "import re\nre.match(r'(a|a)+\\1c', 'a' * 40 + 'b')", Limit(Operations)),
        a(EXHAUST, "dict from an endless zip of repeats", "import itertools\nd = dict(zip(itertools.repeat(1), itertools.repeat(2)))", Limit(Operations)),
        a(EXHAUST, "starred unpacking of an endless iterator", "import itertools\na, *b = itertools.repeat(1)", Limit(Operations)),
        a(EXHAUST, "chain of endless empty iterables", "import itertools\nprint(tuple(itertools.chain.from_iterable(itertools.repeat([]))))", Limit(Operations)),
        a(EXHAUST, "look-ahead rescanning in a repeat", "import re\nre.match(r'(?:(?=[^c]*$)a)*', 'a' * 100000)", Limit(Operations)),
        a(EXHAUST, "look-behind and look-ahead at every position", "import re\nre.findall(r'(?<=a)(?=[^c]*$)', 'a' * 100000)", Limit(Operations)),
        a(EXHAUST, "atomic group with backreference", "import re\nre.search(r'(?>(a+))\\1*b', 'a' * 20000)", Limit(Operations)),
        a(EXHAUST, "backtrack stack growth", "import re\nre.match(r'(?:a|b)*(?=c)', 'a' * 3000000)", Limit(Memory)),
        a(EXHAUST, "regex sub with catastrophic pattern", "import re\nre.sub(r'(x+x+)+(?=y)', '-', 'x' * 40)", Limit(Operations)),
        a(EXHAUST, "huge counted repeat", "import re\nprint(re.match(r'(?:ab){100000}(?=c)', 'ab' * 100000 + 'c').end())", Out("200000\n")),
        // A deque grown in one step past the limit is refused before it grows.
        a(EXHAUST, "deque extend", "from collections import deque\nx = [0] * 3000000\nd = deque()\nd.extend(x)", Limit(Memory)),
        a(EXHAUST, "deque extendleft", "from collections import deque\nx = [0] * 3000000\nd = deque()\nd.extendleft(x)", Limit(Memory)),
        a(EXHAUST, "deque inplace add", "from collections import deque\nx = [0] * 3000000\nd = deque()\nd += x", Limit(Memory)),
        a(EXHAUST, "deque of a big list", "from collections import deque\nx = [0] * 3000000\nd = deque(x)", Limit(Memory)),
        a(EXHAUST, "deque concat", "from collections import deque\nd = deque([0] * 2000000)\ne = d + d", Limit(Memory)),
        // Red team: generators, closures, exceptions, classes, tools.
        a(RED, "tool rebind", "search = 1", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by def", "def search(q): return 'mine'", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by class", "class search: pass", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by for", "for search in range(3): pass", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by import", "import math as search", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by walrus", "(search := 1)", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by augmented", "search += 'x'", Exc("TypeError", "unsupported operand")),
        a(RED, "tool rebind by global", "def f():\n    global search\n    search = 1\nf()", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by with", "class C:\n    def __enter__(self): return 1\n    def __exit__(self, *a): pass\nwith C() as search: pass", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by except", "try:\n    1/0\nexcept Exception as search:\n    pass", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool rebind by unpacking", "a, search = 1, 2", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "tool shadowed locally is fine", "def f():\n    search = 'local'\n    return search\nprint(f())", Out("local\n")),
        a(RED, "tool type-checked", "search(1)", Exc("TypeError", "must be string")),
        a(RED, "tool attribute", "search.__globals__", Exc("AttributeError", "'__globals__'")),
        a(RED, "generator frame via send", "def g():\n    x = yield 1\n    yield x\nit = g()\nnext(it)\nprint(it.send('v'))", Out("v\n")),
        a(RED, "generator throw limit not catchable", "def g():\n    try:\n        yield 1\n    except BaseException:\n        while True: pass\nit = g()\nnext(it)\nit.throw(ValueError)", Limit(WhileIterations)),
        a(RED, "many generators", "gens = [(i for i in range(1)) for _ in range(100000)]", Limit(Memory)),
        a(RED, "generator recursion", "def g(n):\n    yield from g(n + 1)\nnext(g(0))", Exc("RecursionError", "maximum recursion depth exceeded")),
        a(RED, "closure cell rewrite", "def f():\n    x = 1\n    def g(): return x\n    return g\ng = f()\ng.__closure__[0].cell_contents = 2", Exc("AttributeError", "'__closure__'")),
        a(RED, "exception args hold anything", "try:\n    raise ValueError(print)\nexcept ValueError as e:\n    print(e.args[0].__name__)", Out("print\n")),
        a(RED, "limit error not an exception", "try:\n    'a' * 10**12\nexcept MemoryError:\n    print('caught')", Limit(Memory)),
        a(RED, "limit error in handler of limit", "try:\n    'a' * 10**12\nfinally:\n    print('finally')", Limit(Memory)),
        a(RED, "exit in finally", "def f():\n    try:\n        return 1\n    finally:\n        while True: pass\nf()", Limit(WhileIterations)),
        a(RED, "context manager swallow", "class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): return True\nwith C():\n    while True: pass\nprint('swallowed')", Limit(WhileIterations)),
        a(RED, "class machinery metaclass", "class M(type): pass", Exc("TypeError", "subclassing the builtin type 'type'")),
        a(RED, "subclass builtin", "class L(list): pass", Exc("TypeError", "subclassing the builtin type 'list'")),
        a(RED, "init_subclass bomb", "class A:\n    def __init_subclass__(cls):\n        while True: pass\nclass B(A): pass", Limit(WhileIterations)),
        a(RED, "class attribute mro not settable", "class A: pass\nA.__mro__ = ()", Exc("AttributeError", "cannot set '__mro__'")),
        a(RED, "deep class hierarchy", "class A: pass\nfor _ in range(4000):\n    class A(A): pass", Limit(Memory)),
        a(RED, "property on builtin", "property(lambda s: 1).fget.__globals__", Exc("AttributeError", "'__globals__'")),
        a(RED, "final answer rebound", "final_answer = print", Exc("RuntimeError", TOOL_REBIND)),
        a(RED, "final answer of cycle", "x = []\nx.append(x)\nfinal_answer(x)", Out("")),
        a(RED, "final answer of deep", "x = []\nfor _ in range(10**5): x = [x]\nfinal_answer(x)", Out("")),
        a(RED, "syntax bomb lambda", "f = lambda: (yield)", Out("")),
        a(RED, "huge source literal", leak(format!("x = '{}'\nprint(len(x))", "a".repeat(1_000_000))), Out("1000000\n")),
        a(RED, "null byte", "x = 1\0", Syntax),
        a(RED, "match deep pattern", "match [1]:\n    case [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]:\n        pass\nprint('ok')", Out("ok\n")),
        a(RED, "print to file", "print('x', file=open)", Exc("NameError", NOT_AVAILABLE)),
        a(RED, "sort key mutates", "x = list(range(100))\ndef k(v):\n    x.clear()\n    return v\nx.sort(key=k)\nprint(len(x) <= 100)", Out("True\n")),
        a(RED, "dict mutated while iterating", "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1", Exc("RuntimeError", "dictionary changed size during iteration")),
        a(RED, "list grows while iterating", "x = [1]\nfor v in x: x.append(v)", Limit(Operations)),
    ]
}

/// Runs `code`, which must stop with the `want` limit within `within`, then
/// checks that the session still runs code.
fn stops_within(s: &mut Session, code: &str, want: LimitKind, within: Duration) {
    let start = Instant::now();
    match s.run(code) {
        Err(Error::Limit { kind, .. }) if kind == want => {}
        other => panic!("{:?} ended with {:?}", code, other.map(|o| o.stdout)),
    }
    assert!(
        start.elapsed() < within,
        "{:?} stopped only after {:?}",
        code,
        start.elapsed()
    );
    assert_eq!(
        s.run("print(6 * 7)").map(|o| o.stdout).ok(),
        Some("42\n".into())
    );
}

/// Issue 5: code that fills memory one small item at a time stops at the
/// memory limit. What it kept in variables still counts after the error (as
/// in CPython after a MemoryError), and once it is deleted the whole limit
/// is usable again.
#[test]
fn filling_memory_item_by_item_stops_and_del_frees_it() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let limits = Limits {
        max_memory_bytes: 4 * 1024 * 1024,
        ..Limits::default()
    };
    for (fill, free) in [
        ("x = []\nwhile True: x.append('ab' + str(len(x)))", "del x"),
        ("x = []\nwhile True: x.append([len(x)])", "del x"),
        ("x = []\nwhile True: x.append((len(x), 'a'))", "del x"),
        (
            "d = {}\ni = 0\nwhile True:\n    d[i] = str(i)\n    i += 1",
            "del d",
        ),
        (
            "s = set()\ni = 0\nwhile True:\n    s.add(str(i))\n    i += 1",
            "del s",
        ),
        // Stopped before the assignment: nothing is kept.
        ("x = [str(i) for i in range(10**7)]", "y = 0"),
        ("x = {i: [i] for i in range(10**7)}", "y = 0"),
        // Items the account does not hold (small ints): the list itself counts.
        ("x = [0 for i in range(10**9) if i >= 0]", "y = 0"),
        ("t = 'x'\nwhile True: t = t + t", "del t"),
    ] {
        let mut s = Session::new(config(limits.clone()));
        match s.run(fill) {
            Err(Error::Limit {
                kind: LimitKind::Memory,
                message,
                ..
            }) => assert!(message.contains("`del`"), "{}", message),
            other => panic!("{:?} ended with {:?}", fill, other.map(|o| o.stdout)),
        }
        let out = s.run(&format!(
            "{}\ny = 'z' * (3 * 1024 * 1024)\nprint([str(i) for i in range(3)], len(y))",
            free
        ));
        assert_eq!(
            out.map(|o| o.stdout).map_err(|e| e.summary()),
            Ok("['0', '1', '2'] 3145728\n".to_string()),
            "after {:?}",
            fill
        );
    }
}
