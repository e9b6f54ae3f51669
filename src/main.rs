//! The `codeact` binary: hands the command line to `codeact::cli`.

/// Python code allocates and frees many small objects (strings, tuples,
/// dicts); mimalloc serves those in a fraction of the system allocator's time.
/// Only the binary sets it: embedders of the library choose their own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = codeact::cli::main(std::env::args().collect());
    std::process::exit(code);
}
