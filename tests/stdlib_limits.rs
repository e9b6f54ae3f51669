//! Limits that the natively written stdlib modules must respect: `time.sleep`
//! never sleeps past the run's deadline, and a catastrophic regular
//! expression stops with a limit error instead of hanging.

use std::time::{Duration, Instant};

use codeact::{Config, Error, Interpreter, LimitKind, Limits};

fn run_with(source: &str, timeout: Duration, imports: &[&str]) -> Result<String, Error> {
    let config = Config {
        limits: Limits {
            timeout: Some(timeout),
            ..Limits::default()
        },
        authorized_imports: imports.iter().map(|s| s.to_string()).collect(),
        tools: Vec::new(),
    };
    Interpreter::new(config).run(source).map(|o| o.stdout)
}

#[test]
fn sleep_stops_at_the_deadline() {
    let start = Instant::now();
    let r = run_with(
        "import time\nprint('before')\ntime.sleep(30)\nprint('after')\n",
        Duration::from_millis(300),
        &["time"],
    );
    let elapsed = start.elapsed();
    match r {
        Err(Error::Limit { kind, stdout, .. }) => {
            assert_eq!(kind, LimitKind::Time);
            assert_eq!(stdout, "before\n");
        }
        other => panic!("expected a time limit, got {:?}", other.map(|_| ())),
    }
    assert!(elapsed >= Duration::from_millis(290), "{:?}", elapsed);
    assert!(elapsed < Duration::from_secs(5), "{:?}", elapsed);
}

#[test]
fn short_sleep_within_the_deadline_completes() {
    let out = run_with(
        "import time\ntime.sleep(0.05)\nprint('done')\n",
        Duration::from_secs(10),
        &["time"],
    );
    assert_eq!(out.ok().as_deref(), Some("done\n"));
}

#[test]
fn catastrophic_regex_is_stopped() {
    let r = run_with(
        "import re\nprint(re.match(r'(a|aa)+(?<!x)b', 'a' * 40 + '!'))\n",
        Duration::from_secs(30),
        &["re"],
    );
    match r {
        Err(Error::Limit { message, .. }) => {
            assert!(message.contains("regular expression"), "{}", message)
        }
        other => panic!("expected a limit error, got {:?}", other.map(|_| ())),
    }
}
