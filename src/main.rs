//! The `codeact` binary: hands the command line to `codeact::cli`.

fn main() {
    let code = codeact::cli::main(std::env::args().collect());
    std::process::exit(code);
}
