//! `codeact run FILE`: runs a program, prints its output, and reports an
//! uncaught exception as CPython does (traceback on stderr, exit code 1).

use std::io::Read;
use std::time::Duration;

use crate::{Config, Error, Interpreter};

const HELP: &str = "\
codeact run: run a Python file in the sandbox

USAGE:
    codeact run [OPTIONS] FILE        (FILE may be - for standard input)

OPTIONS:
    --allow-import MOD     Authorize importing MOD (repeatable). `*` authorizes
                           every module codeact has; `pkg.*` a package. Without
                           this flag the default set is: collections, datetime,
                           itertools, math, queue, random, re, stat, statistics,
                           time, unicodedata.
    --max-operations N     Stop after N counted operations (default 10000000; 0: no cap)
    --timeout SECONDS      Stop after this much wall-clock time (default 30; 0: none)
    --max-memory BYTES     Cap on the bytes the session's values hold, checked
                           before each allocation (default 536870912, 512 MiB)
    --max-while-iterations N
                           Stop a single while loop after N iterations (default 1000000; 0: no cap)
    --max-output CHARS     Cap captured output (default 50000)
    --max-recursion N      Python call depth (default 1000)
    --json                 Print one JSON object instead of the program's output:
                           {\"stdout\": ..., \"value\": <repr or null>,
                            \"final_answer\": <repr or null>,
                            \"error\": null | {\"type\", \"message\", \"line\", \"limit\"}}
                           where \"limit\" names the limit that stopped the run:
                           operations, while_iterations, time, memory or recursion
    -h, --help             Show this help

EXIT STATUS:
    0 on success, 1 when the program raised or hit a limit, 2 on usage errors.

EXAMPLES:
    codeact run examples/fibonacci.py
    codeact run --allow-import json --timeout 5 script.py
    echo 'final_answer(6 * 7)' | codeact run --json -
";

pub fn main(args: &[String]) -> i32 {
    let mut config = Config::default();
    let mut custom_imports: Option<Vec<String>> = None;
    let mut json = false;
    let mut file: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = |name: &str| -> Result<String, i32> {
            i += 1;
            args.get(i).cloned().ok_or_else(|| {
                eprintln!("codeact run: {} needs a value\n\n{}", name, HELP);
                2
            })
        };
        let parsed: Result<(), i32> = (|| {
            match a {
                "-h" | "--help" => {
                    print!("{}", HELP);
                    return Err(0);
                }
                "--json" => json = true,
                "--allow-import" => custom_imports.get_or_insert_with(Vec::new).push(value(a)?),
                "--max-operations" => {
                    config.limits.max_operations = match number(a, &value(a)?)? {
                        0 => u64::MAX,
                        n => n,
                    }
                }
                "--max-memory" => config.limits.max_memory_bytes = number(a, &value(a)?)? as usize,
                "--max-output" => config.limits.max_output_chars = number(a, &value(a)?)? as usize,
                "--max-while-iterations" => {
                    config.limits.max_while_iterations = match number(a, &value(a)?)? {
                        0 => u64::MAX,
                        n => n,
                    }
                }
                "--max-recursion" => {
                    config.limits.max_recursion_depth = number(a, &value(a)?)? as usize
                }
                "--timeout" => {
                    let v = value(a)?;
                    let secs: f64 = v.parse().map_err(|_| {
                        eprintln!("codeact run: --timeout takes seconds, got '{}'", v);
                        2
                    })?;
                    config.limits.timeout = if secs > 0.0 {
                        Some(Duration::from_secs_f64(secs))
                    } else {
                        None
                    };
                }
                "-" => file = Some("-".into()),
                s if s.starts_with('-') => {
                    eprintln!("codeact run: unknown option '{}'\n\n{}", s, HELP);
                    return Err(2);
                }
                s => file = Some(s.to_string()),
            }
            Ok(())
        })();
        if let Err(code) = parsed {
            return code;
        }
        i += 1;
    }
    if let Some(imports) = custom_imports {
        config.authorized_imports = imports;
    }
    let Some(file) = file else {
        eprintln!("codeact run: missing FILE\n\n{}", HELP);
        return 2;
    };
    let source = if file == "-" {
        let mut s = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut s) {
            eprintln!("codeact run: cannot read standard input: {}", e);
            return 2;
        }
        s
    } else {
        match std::fs::read_to_string(&file) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("codeact run: cannot read {}: {}", file, e);
                return 2;
            }
        }
    };
    let mut interp = Interpreter::new(config);
    let result = interp.run(&source);
    // The process ends next: freeing every value the program built would only
    // cost time (a sorted list of 10**5 tuples takes ~10% of its run to free).
    std::mem::forget(interp);
    if json {
        println!("{}", to_json(&result));
        return if result.is_ok() { 0 } else { 1 };
    }
    match result {
        Ok(outcome) => {
            print!("{}", outcome.stdout);
            if let Some(answer) = outcome.final_answer {
                println!("{}", answer.to_text());
            }
            0
        }
        Err(e) => {
            print!("{}", e.stdout());
            match &e {
                Error::Exception { traceback, .. } => eprintln!("{}", traceback),
                Error::Limit { message, .. } => eprintln!("codeact: {}", message),
                other => eprintln!("{}", other.summary()),
            }
            1
        }
    }
}

fn number(flag: &str, v: &str) -> Result<u64, i32> {
    v.replace('_', "").parse().map_err(|_| {
        eprintln!("codeact run: {} takes a whole number, got '{}'", flag, v);
        2
    })
}

fn to_json(result: &Result<crate::Outcome, Error>) -> serde_json::Value {
    use serde_json::json;
    match result {
        Ok(o) => json!({
            "stdout": o.stdout,
            "value": o.value.as_ref().map(|v| v.repr()),
            "final_answer": o.final_answer.as_ref().map(|v| v.repr()),
            "error": null,
        }),
        Err(e) => {
            let (message, limit) = match e {
                Error::Exception { message, .. } => (message.clone(), None),
                Error::Limit { kind, message, .. } => (message.clone(), Some(kind.as_str())),
                Error::Syntax { message, .. } => (message.clone(), None),
                Error::Internal(m) => (m.clone(), None),
            };
            json!({
                "stdout": e.stdout(),
                "value": null,
                "final_answer": null,
                "error": {"type": e.type_name(), "message": message, "line": e.line(), "limit": limit},
            })
        }
    }
}
