//! The dual-run conformance suite: every `grammar-tests/*.py` program runs
//! through the library and its output must equal the golden CPython 3.11
//! produced (`grammar-tests/expected/*.out`). When `python3` is present the
//! goldens themselves are re-checked against it. Regenerate goldens with
//! `grammar-tests/regen`.

use std::io::Write;
use std::path::{Path, PathBuf};

use codeact::{Config, Error, Interpreter, Limits};

const MARKER: &str = "--- uncaught ---";

#[test]
fn grammar_tests_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar-tests");
    let filter = std::env::var("GRAMMAR_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("grammar-tests/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let source = std::fs::read_to_string(path).expect("readable test file");
        let golden_path = dir.join("expected").join(format!("{}.out", name));
        let Ok(expected) = std::fs::read_to_string(&golden_path) else {
            failures.push(format!("{}: no golden at {}", name, golden_path.display()));
            continue;
        };
        let actual = run_like_cpython(&source);
        if actual != expected {
            failures.push(describe_difference(&name, &expected, &actual));
        }
    }
    let passed = files.len() - failures.len();
    for f in &failures {
        eprintln!("{}\n", f);
    }
    summary(&format!(
        "grammar-tests: {} passed, {} failed",
        passed,
        failures.len()
    ));
    assert!(
        failures.is_empty(),
        "{} grammar tests failed (see above)",
        failures.len()
    );
}

#[test]
fn goldens_agree_with_python3() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar-tests");
    let Ok(out) = std::process::Command::new("python3")
        .arg(dir.join("regen"))
        .arg("--check")
        .output()
    else {
        summary("goldens: skipped, python3 is not installed");
        return;
    };
    summary(&format!(
        "goldens: {} with python3",
        if out.status.success() {
            "agree"
        } else {
            "DISAGREE"
        }
    ));
    assert!(
        out.status.success(),
        "goldens disagree with python3:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Prints a suite summary line even when the test harness captures output:
/// the harness captures the `print!` family only, so a direct write to the
/// stderr handle reaches the terminal (or the log stderr goes to).
fn summary(line: &str) {
    let _ = writeln!(std::io::stderr(), "{}", line);
}

/// Runs a test program and renders its result in the golden format.
fn run_like_cpython(source: &str) -> String {
    let imports = source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("# allow-import:"))
        .flat_map(|l| l.split(',').map(|m| m.trim().to_string()))
        .filter(|m| !m.is_empty())
        .collect();
    let config = Config {
        limits: Limits::default(),
        authorized_imports: imports,
        tools: Vec::new(),
    };
    match Interpreter::new(config).run(source) {
        Ok(outcome) => outcome.stdout,
        Err(e) => {
            let mut out = e.stdout().to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            let last = match &e {
                Error::Exception { .. } => e.summary(),
                other => format!("{:?}", other),
            };
            format!("{}{}\n{}\n", out, MARKER, last)
        }
    }
}

fn describe_difference(name: &str, expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let line = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    format!(
        "FAIL {}.py: first difference at output line {}\n  expected: {:?}\n  actual:   {:?}",
        name,
        line + 1,
        e.get(line).copied().unwrap_or("<end of output>"),
        a.get(line).copied().unwrap_or("<end of output>")
    )
}
