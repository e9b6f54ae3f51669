//! The `codeact` command line: argument parsing and dispatch to subcommands.
//! Must not hold interpreter logic; it only drives the library.

mod agent;
mod run;

/// Entry point; returns the process exit code.
pub fn main(args: Vec<String>) -> i32 {
    match args.get(1).map(String::as_str) {
        Some("run") => run::main(&args[2..]),
        Some("agent") => agent::agent_main(&args[2..]),
        Some("replay") => agent::replay_main(&args[2..]),
        Some("--help") | Some("-h") | Some("help") | None => {
            print!("{}", HELP);
            0
        }
        Some("--version") | Some("-V") => {
            println!("codeact {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some(other) => {
            eprintln!("codeact: unknown command '{}'\n\n{}", other, HELP);
            2
        }
    }
}

const HELP: &str = "\
codeact: a sandboxed Python interpreter for code agents

USAGE:
    codeact run [OPTIONS] FILE      Run a Python file (use - to read stdin)
    codeact agent TASK --model M    Let a language model solve TASK by writing Python
    codeact replay RUN.jsonl        Run a logged agent task again, without a model server
    codeact --help                  Show this help
    codeact run --help              Show the options of `run`
    codeact agent --help            Show the options of `agent` (and its examples)

The interpreter runs the Python that agents write (CPython 3.11 semantics)
with no file, network, process or environment access, and with limits on
operations, time, memory, recursion and output.

EXAMPLE:
    $ echo 'print(sum(i * i for i in range(10)))' | codeact run -
    285
";
