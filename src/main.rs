//! The `codeact` binary: hands the command line to `codeact::cli`.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// Python code allocates and frees many small objects (strings, tuples,
/// dicts); mimalloc serves those in a fraction of the system allocator's time.
/// Only the binary sets it: embedders of the library choose their own.
#[global_allocator]
static ALLOCATOR: Mimalloc = Mimalloc;

fn main() {
    let code = codeact::cli::main(std::env::args().collect());
    std::process::exit(code);
}

/// mimalloc behind `GlobalAlloc`, taking its plain entry points whenever the
/// layout asks for no more alignment than every mimalloc block has: the
/// aligned entry points cost about twice as much per allocation.
struct Mimalloc;

/// Every mimalloc block is aligned to at least a pointer's size.
const BLOCK_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: each method forwards to the mimalloc function with the same
// contract, and the plain ones only for layouts their blocks already satisfy.
unsafe impl GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for the impl.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi_malloc(layout.size()) as *mut u8
            } else {
                mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for the impl.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi_zalloc(layout.size()) as *mut u8
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi_free(ptr as *mut c_void) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
