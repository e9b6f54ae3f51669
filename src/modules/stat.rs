//! `stat`: the mode-bit constants of CPython's `stat` module (Linux values),
//! `S_IS*` predicates, `S_IMODE`, `S_IFMT` and `filemode`.
//!
//! Pure arithmetic on integers: must never look at a real file.

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::{Args, PyResult, Vm};
use crate::value::{BuiltinFn, Value};

/// Every integer constant, by name.
const CONSTANTS: &[(&str, i64)] = &[
    ("FILE_ATTRIBUTE_ARCHIVE", 32),
    ("FILE_ATTRIBUTE_COMPRESSED", 2048),
    ("FILE_ATTRIBUTE_DEVICE", 64),
    ("FILE_ATTRIBUTE_DIRECTORY", 16),
    ("FILE_ATTRIBUTE_ENCRYPTED", 16384),
    ("FILE_ATTRIBUTE_HIDDEN", 2),
    ("FILE_ATTRIBUTE_INTEGRITY_STREAM", 32768),
    ("FILE_ATTRIBUTE_NORMAL", 128),
    ("FILE_ATTRIBUTE_NOT_CONTENT_INDEXED", 8192),
    ("FILE_ATTRIBUTE_NO_SCRUB_DATA", 131072),
    ("FILE_ATTRIBUTE_OFFLINE", 4096),
    ("FILE_ATTRIBUTE_READONLY", 1),
    ("FILE_ATTRIBUTE_REPARSE_POINT", 1024),
    ("FILE_ATTRIBUTE_SPARSE_FILE", 512),
    ("FILE_ATTRIBUTE_SYSTEM", 4),
    ("FILE_ATTRIBUTE_TEMPORARY", 256),
    ("FILE_ATTRIBUTE_VIRTUAL", 65536),
    ("SF_APPEND", 262144),
    ("SF_ARCHIVED", 65536),
    ("SF_IMMUTABLE", 131072),
    ("SF_NOUNLINK", 1048576),
    ("SF_SNAPSHOT", 2097152),
    ("ST_ATIME", 7),
    ("ST_CTIME", 9),
    ("ST_DEV", 2),
    ("ST_GID", 5),
    ("ST_INO", 1),
    ("ST_MODE", 0),
    ("ST_MTIME", 8),
    ("ST_NLINK", 3),
    ("ST_SIZE", 6),
    ("ST_UID", 4),
    ("S_ENFMT", 1024),
    ("S_IEXEC", 64),
    ("S_IFBLK", 24576),
    ("S_IFCHR", 8192),
    ("S_IFDIR", 16384),
    ("S_IFDOOR", 0),
    ("S_IFIFO", 4096),
    ("S_IFLNK", 40960),
    ("S_IFPORT", 0),
    ("S_IFREG", 32768),
    ("S_IFSOCK", 49152),
    ("S_IFWHT", 0),
    ("S_IREAD", 256),
    ("S_IRGRP", 32),
    ("S_IROTH", 4),
    ("S_IRUSR", 256),
    ("S_IRWXG", 56),
    ("S_IRWXO", 7),
    ("S_IRWXU", 448),
    ("S_ISGID", 1024),
    ("S_ISUID", 2048),
    ("S_ISVTX", 512),
    ("S_IWGRP", 16),
    ("S_IWOTH", 2),
    ("S_IWRITE", 128),
    ("S_IWUSR", 128),
    ("S_IXGRP", 8),
    ("S_IXOTH", 1),
    ("S_IXUSR", 64),
    ("UF_APPEND", 4),
    ("UF_COMPRESSED", 32),
    ("UF_HIDDEN", 32768),
    ("UF_IMMUTABLE", 2),
    ("UF_NODUMP", 1),
    ("UF_NOUNLINK", 16),
    ("UF_OPAQUE", 8),
];

const S_IFMT_MASK: i64 = 0o170000;

macro_rules! predicate {
    ($static:ident, $name:literal, $fmt:expr) => {
        pub static $static: BuiltinFn = BuiltinFn {
            name: $name,
            call: |vm: &Vm, args: Args| {
                let mode = mode_arg(vm, $name, &args)?;
                Ok(Value::Bool($fmt != 0 && mode & S_IFMT_MASK == $fmt))
            },
        };
    };
}

predicate!(S_ISDIR, "S_ISDIR", 0o040000);
predicate!(S_ISCHR, "S_ISCHR", 0o020000);
predicate!(S_ISBLK, "S_ISBLK", 0o060000);
predicate!(S_ISREG, "S_ISREG", 0o100000);
predicate!(S_ISFIFO, "S_ISFIFO", 0o010000);
predicate!(S_ISLNK, "S_ISLNK", 0o120000);
predicate!(S_ISSOCK, "S_ISSOCK", 0o140000);
predicate!(S_ISDOOR, "S_ISDOOR", 0);
predicate!(S_ISPORT, "S_ISPORT", 0);
predicate!(S_ISWHT, "S_ISWHT", 0);

pub static S_IMODE: BuiltinFn = BuiltinFn {
    name: "S_IMODE",
    call: |vm, args| Ok(Value::Int(mode_arg(vm, "S_IMODE", &args)? & 0o7777)),
};
pub static S_IFMT: BuiltinFn = BuiltinFn {
    name: "S_IFMT",
    call: |vm, args| Ok(Value::Int(mode_arg(vm, "S_IFMT", &args)? & S_IFMT_MASK)),
};
pub static FILEMODE: BuiltinFn = BuiltinFn {
    name: "filemode",
    call: filemode,
};

const FUNCTIONS: &[&BuiltinFn] = &[
    &S_ISDIR, &S_ISCHR, &S_ISBLK, &S_ISREG, &S_ISFIFO, &S_ISLNK, &S_ISSOCK, &S_ISDOOR, &S_ISPORT,
    &S_ISWHT, &S_IMODE, &S_IFMT, &FILEMODE,
];

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let mut m: HashMap<Rc<str>, Value> = FUNCTIONS.iter().map(|f| super::func(f)).collect();
    for (k, v) in CONSTANTS {
        m.insert(Rc::from(*k), Value::Int(*v));
    }
    m
}

/// The one mode argument of a C-level function, with CPython's messages.
fn mode_arg(vm: &Vm, name: &str, args: &Args) -> PyResult<i64> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("_stat.{}() takes no keyword arguments", name)));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "_stat.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        )));
    }
    match &args.pos[0] {
        Value::Int(i) if *i >= 0 && *i <= u32::MAX as i64 => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) if *i < 0 => Err(vm.raise(
            "OverflowError",
            "can't convert negative value to unsigned int",
        )),
        Value::Int(_) => Err(vm.raise("OverflowError", "mode out of range")),
        Value::BigInt(_) => Err(vm.raise(
            "OverflowError",
            "Python int too large to convert to C unsigned long",
        )),
        _ => Err(vm.type_error("an integer is required")),
    }
}

fn filemode(vm: &Vm, args: Args) -> PyResult<Value> {
    let mode = mode_arg(vm, "filemode", &args)?;
    let kind = match mode & S_IFMT_MASK {
        0o120000 => 'l',
        0o140000 => 's',
        0o100000 => '-',
        0o060000 => 'b',
        0o040000 => 'd',
        0o020000 => 'c',
        0o010000 => 'p',
        _ => '?',
    };
    let mut out = String::from(kind);
    let bit = |mask: i64, c: char| if mode & mask != 0 { c } else { '-' };
    let exec = |x: i64, s: i64, set: char, only: char| match (mode & x != 0, mode & s != 0) {
        (true, true) => set,
        (false, true) => only,
        (true, false) => 'x',
        _ => '-',
    };
    out.push(bit(0o400, 'r'));
    out.push(bit(0o200, 'w'));
    out.push(exec(0o100, 0o4000, 's', 'S'));
    out.push(bit(0o040, 'r'));
    out.push(bit(0o020, 'w'));
    out.push(exec(0o010, 0o2000, 's', 'S'));
    out.push(bit(0o004, 'r'));
    out.push(bit(0o002, 'w'));
    out.push(exec(0o001, 0o1000, 't', 'T'));
    Ok(Value::string(out))
}
