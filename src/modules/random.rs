//! `random`: CPython's Mersenne Twister (MT19937) with its exact seeding,
//! `getrandbits`-based `_randbelow`, and the distribution algorithms of
//! `Lib/random.py`, so seeded sequences match CPython bit for bit.
//!
//! Owns the `Random` type and the module functions (bound to one shared
//! instance, as in CPython). Must not read files: unseeded generators are
//! seeded from the clock and the process's hasher randomness.

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive};
use sha2::{Digest, Sha512};
use std::any::Any;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::support::{as_bigint, bind, method, Sig};
use crate::eval::{Args, PyResult, Vm};
use crate::ir::BinOp;
use crate::value::{native_ref, Class, ClassRef, NativeObject, Value};

const N: usize = 624;
const M: usize = 397;

/// The MT19937 generator state, as CPython's `_random.Random`.
#[derive(Clone)]
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: [0; N],
            index: N + 1,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn genrand(&mut self) -> u32 {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % N] & 0x7fff_ffff);
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    fn bits64(&mut self, k: u32) -> u64 {
        if k == 0 {
            0
        } else if k <= 32 {
            (self.genrand() >> (32 - k)) as u64
        } else {
            let lo = self.genrand() as u64;
            let hi = (self.genrand() >> (64 - k)) as u64;
            lo | (hi << 32)
        }
    }

    fn bits_big(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow(n)` for `0 < n` fitting in u64.
    fn below(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits64(k);
            if r < n {
                return r;
            }
        }
    }

    fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }
}

/// A `random.Random` instance.
pub struct RandomObj {
    class: ClassRef,
    mt: RefCell<Mt>,
    gauss_next: RefCell<Option<f64>>,
}

const METHODS: &[&str] = &[
    "seed",
    "random",
    "getrandbits",
    "randbytes",
    "randrange",
    "randint",
    "choice",
    "choices",
    "shuffle",
    "sample",
    "uniform",
    "triangular",
    "gauss",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
];

pub fn build(_vm: &Vm) -> HashMap<Rc<str>, Value> {
    let class = Class::native("Random", "random", vec![], Some(construct));
    let inst = Value::native_uncharged(RandomObj {
        class: class.clone(),
        mt: RefCell::new(Mt::new()),
        gauss_next: RefCell::new(None),
    });
    if let Some(r) = native_ref::<RandomObj>(&inst) {
        r.seed_entropy();
    }
    let mut m: HashMap<Rc<str>, Value> = METHODS
        .iter()
        .map(|name| (Rc::from(*name), method(&inst, name)))
        .collect();
    m.insert(Rc::from("Random"), Value::Class(class));
    m
}

fn construct(vm: &Vm, cls: &ClassRef, args: Args) -> PyResult<Value> {
    let slots = bind(
        vm,
        &Sig {
            name: "Random.__init__",
            params: &["x"],
            required: 0,
            kwonly: &[],
            method: true,
        },
        args,
    )?;
    let obj = RandomObj {
        class: cls.clone(),
        mt: RefCell::new(Mt::new()),
        gauss_next: RefCell::new(None),
    };
    obj.seed(vm, slots[0].clone().unwrap_or(Value::None), 2)?;
    Ok(Value::native_uncharged(obj))
}

impl RandomObj {
    fn seed_entropy(&self) {
        use std::hash::{BuildHasher, Hasher};
        let mut key = Vec::new();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        key.extend([nanos as u32, (nanos >> 32) as u32, (nanos >> 64) as u32]);
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(nanos);
        let r = h.finish();
        key.extend([r as u32, (r >> 32) as u32]);
        self.mt.borrow_mut().init_by_array(&key);
        *self.gauss_next.borrow_mut() = None;
    }

    fn seed(&self, vm: &Vm, a: Value, version: i64) -> PyResult<()> {
        let n = match &a {
            Value::None => {
                self.seed_entropy();
                return Ok(());
            }
            Value::Str(_) | Value::Bytes(_) if version == 1 => {
                let chars: Vec<u32> = match &a {
                    Value::Str(s) => s.as_str().chars().map(|c| c as u32).collect(),
                    Value::Bytes(b) => b.iter().map(|&c| c as u32).collect(),
                    _ => Vec::new(),
                };
                let mut x: u64 = chars.first().map_or(0, |&c| (c as u64) << 7);
                for &c in &chars {
                    x = 1000003u64.wrapping_mul(x) ^ c as u64;
                }
                x ^= chars.len() as u64;
                BigInt::from(x)
            }
            Value::Str(_) | Value::Bytes(_) if version == 2 => {
                let bytes: Vec<u8> = match &a {
                    Value::Str(s) => s.as_str().as_bytes().to_vec(),
                    Value::Bytes(b) => b.as_ref().clone(),
                    _ => Vec::new(),
                };
                let mut all = bytes.clone();
                all.extend_from_slice(&Sha512::digest(&bytes));
                BigInt::from_bytes_be(Sign::Plus, &all)
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => as_bigint(&a).unwrap_or_default(),
            Value::Float(_) | Value::Str(_) | Value::Bytes(_) => BigInt::from(vm.hash(&a)? as i64),
            _ => return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        };
        self.mt.borrow_mut().seed_int(&n);
        *self.gauss_next.borrow_mut() = None;
        Ok(())
    }

    fn random(&self) -> f64 {
        self.mt.borrow_mut().random()
    }

    fn below(&self, n: usize) -> usize {
        self.mt.borrow_mut().below(n as u64) as usize
    }
}

impl NativeObject for RandomObj {
    fn class(&self) -> ClassRef {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &Vm, this: &Value) -> PyResult<String> {
        Ok(format!("<random.Random object at {:#x}>", this.identity()))
    }
    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
    }
    fn call_method(&self, vm: &Vm, _this: &Value, name: &str, args: Args) -> PyResult<Value> {
        let qual = format!("Random.{}", name);
        let sig = |params: &'static [&'static str], required: usize| Sig {
            name: &qual,
            params,
            required,
            kwonly: &[],
            method: true,
        };
        let floats = |vm: &Vm, slots: &[Option<Value>], defaults: &[f64]| -> PyResult<Vec<f64>> {
            slots
                .iter()
                .zip(defaults)
                .map(|(s, d)| match s {
                    Some(v) => vm.to_f64(v),
                    None => Ok(*d),
                })
                .collect()
        };
        match name {
            "random" => {
                c_arity(vm, &qual, &args, 0)?;
                Ok(Value::Float(self.random()))
            }
            "getrandbits" => {
                c_arity(vm, &qual, &args, 1)?;
                let k = index(vm, &args.pos[0])?;
                if k.is_negative() {
                    return Err(vm.value_error("number of bits must be non-negative"));
                }
                let k = k.to_u64().unwrap_or(u64::MAX);
                vm.check_alloc(crate::limits::estimate::random_bits_bytes(k))?;
                vm.tick_n(k / 256)?;
                Ok(Value::from_bigint(self.mt.borrow_mut().bits_big(k)))
            }
            "randbytes" => {
                let s = bind(vm, &sig(&["n"], 1), args)?;
                let n = index(vm, s[0].as_ref().unwrap_or(Value::NONE))?;
                let n = match n.to_u64() {
                    Some(n) => n,
                    None => return Err(vm.value_error("negative count")),
                };
                vm.check_alloc(crate::limits::estimate::raw_bytes(n))?;
                vm.tick_n(n / 32)?;
                let v = self.mt.borrow_mut().bits_big(n * 8);
                let mut bytes = v.to_bytes_le().1;
                bytes.resize(n as usize, 0);
                Ok(Value::bytes(bytes))
            }
            "seed" => {
                let s = bind(vm, &sig(&["a", "version"], 0), args)?;
                let version = match &s[1] {
                    Some(v) => index(vm, v)?.to_i64().unwrap_or(0),
                    None => 2,
                };
                self.seed(vm, s[0].clone().unwrap_or(Value::None), version)?;
                Ok(Value::None)
            }
            "randrange" => {
                let s = bind(vm, &sig(&["start", "stop", "step"], 1), args)?;
                self.randrange(vm, &s)
            }
            "randint" => {
                let s = bind(vm, &sig(&["a", "b"], 2), args)?;
                let (a, b) = (
                    s[0].clone().unwrap_or(Value::None),
                    s[1].clone().unwrap_or(Value::None),
                );
                let stop = vm.binary_op(BinOp::Add, &b, &Value::Int(1))?;
                self.randrange(vm, &[Some(a), Some(stop), None])
            }
            "choice" => {
                let s = bind(vm, &sig(&["seq"], 1), args)?;
                let seq = s[0].clone().unwrap_or(Value::None);
                let n = vm.len(&seq)?;
                if n == 0 {
                    return Err(vm.raise("IndexError", "Cannot choose from an empty sequence"));
                }
                let i = self.below(n);
                vm.get_item(&seq, &Value::Int(i as i64))
            }
            "shuffle" => {
                let s = bind(vm, &sig(&["x"], 1), args)?;
                let x = s[0].clone().unwrap_or(Value::None);
                let n = vm.len(&x)?;
                vm.tick_n(n as u64 / 8)?;
                if let Value::List(l) = &x {
                    for i in (1..n).rev() {
                        let j = self.below(i + 1);
                        let mut items = l.borrow_mut();
                        if i < items.len() {
                            items.swap(i, j);
                        }
                    }
                    return Ok(Value::None);
                }
                for i in (1..n).rev() {
                    let j = self.below(i + 1);
                    let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
                    let a = vm.get_item(&x, &vj)?;
                    let b = vm.get_item(&x, &vi)?;
                    vm.set_item(&x, vi, a)?;
                    vm.set_item(&x, vj, b)?;
                }
                Ok(Value::None)
            }
            "sample" => {
                let s = bind(
                    vm,
                    &Sig {
                        name: &qual,
                        params: &["population", "k"],
                        required: 2,
                        kwonly: &["counts"],
                        method: true,
                    },
                    args,
                )?;
                let pop = s[0].clone().unwrap_or(Value::None);
                let k = s[1].clone().unwrap_or(Value::None);
                self.sample(vm, &pop, &k, s[2].clone().filter(|c| !c.is_none()))
            }
            "choices" => {
                let s = bind(
                    vm,
                    &Sig {
                        name: &qual,
                        params: &["population", "weights"],
                        required: 1,
                        kwonly: &["cum_weights", "k"],
                        method: true,
                    },
                    args,
                )?;
                self.choices(vm, &s)
            }
            "uniform" => {
                let s = bind(vm, &sig(&["a", "b"], 2), args)?;
                let (a, b) = (
                    s[0].clone().unwrap_or(Value::None),
                    s[1].clone().unwrap_or(Value::None),
                );
                let width = vm.binary_op(BinOp::Sub, &b, &a)?;
                let scaled = vm.binary_op(BinOp::Mul, &width, &Value::Float(self.random()))?;
                vm.binary_op(BinOp::Add, &a, &scaled)
            }
            "triangular" => {
                let s = bind(vm, &sig(&["low", "high", "mode"], 0), args)?;
                let f = floats(vm, &s[..2], &[0.0, 1.0])?;
                let (mut low, mut high) = (f[0], f[1]);
                let u = self.random();
                let mut c = match &s[2] {
                    None | Some(Value::None) => 0.5,
                    Some(m) => {
                        if high - low == 0.0 {
                            return Ok(s[0].clone().unwrap_or(Value::Float(0.0)));
                        }
                        (vm.to_f64(m)? - low) / (high - low)
                    }
                };
                let mut u = u;
                if u > c {
                    u = 1.0 - u;
                    c = 1.0 - c;
                    std::mem::swap(&mut low, &mut high);
                }
                Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
            }
            "normalvariate" | "gauss" | "lognormvariate" => {
                let required = if name == "lognormvariate" { 2 } else { 0 };
                let s = bind(vm, &sig(&["mu", "sigma"], required), args)?;
                let f = floats(vm, &s, &[0.0, 1.0])?;
                let z = if name == "gauss" {
                    self.gauss_z()
                } else {
                    self.normal_z()
                };
                let x = f[0] + z * f[1];
                Ok(Value::Float(if name == "lognormvariate" {
                    x.exp()
                } else {
                    x
                }))
            }
            "expovariate" => {
                let s = bind(vm, &sig(&["lambd"], 1), args)?;
                let l = floats(vm, &s, &[1.0])?[0];
                let r = -(1.0 - self.random()).ln();
                if l == 0.0 {
                    return Err(vm.raise("ZeroDivisionError", "float division by zero"));
                }
                Ok(Value::Float(r / l))
            }
            "vonmisesvariate" => {
                let s = bind(vm, &sig(&["mu", "kappa"], 2), args)?;
                let f = floats(vm, &s, &[0.0, 0.0])?;
                Ok(Value::Float(self.vonmises(f[0], f[1])))
            }
            "gammavariate" => {
                let s = bind(vm, &sig(&["alpha", "beta"], 2), args)?;
                let f = floats(vm, &s, &[0.0, 0.0])?;
                self.gamma(vm, f[0], f[1]).map(Value::Float)
            }
            "betavariate" => {
                let s = bind(vm, &sig(&["alpha", "beta"], 2), args)?;
                let f = floats(vm, &s, &[0.0, 0.0])?;
                let y = self.gamma(vm, f[0], 1.0)?;
                if y != 0.0 {
                    let z = self.gamma(vm, f[1], 1.0)?;
                    return Ok(Value::Float(y / (y + z)));
                }
                Ok(Value::Float(0.0))
            }
            "paretovariate" => {
                let s = bind(vm, &sig(&["alpha"], 1), args)?;
                let a = floats(vm, &s, &[0.0])?[0];
                let u = 1.0 - self.random();
                if a == 0.0 {
                    return Err(vm.raise("ZeroDivisionError", "float division by zero"));
                }
                Ok(Value::Float(u.powf(-1.0 / a)))
            }
            "weibullvariate" => {
                let s = bind(vm, &sig(&["alpha", "beta"], 2), args)?;
                let f = floats(vm, &s, &[0.0, 0.0])?;
                let u = 1.0 - self.random();
                if f[1] == 0.0 {
                    return Err(vm.raise("ZeroDivisionError", "float division by zero"));
                }
                Ok(Value::Float(f[0] * (-u.ln()).powf(1.0 / f[1])))
            }
            "getstate" => {
                c_arity(vm, &qual, &args, 0)?;
                let mt = self.mt.borrow();
                let mut words: Vec<Value> =
                    mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
                words.push(Value::Int(mt.index as i64));
                let gauss = match *self.gauss_next.borrow() {
                    Some(g) => Value::Float(g),
                    None => Value::None,
                };
                Ok(Value::tuple(vec![
                    Value::Int(3),
                    Value::tuple(words),
                    gauss,
                ]))
            }
            "setstate" => {
                let s = bind(vm, &sig(&["state"], 1), args)?;
                self.setstate(vm, s[0].as_ref().unwrap_or(Value::NONE))
            }
            _ => Err(vm.raise(
                "AttributeError",
                crate::errors::no_attribute("Random", name),
            )),
        }
    }
}

/// Arity check of a method implemented in C (`Random.random() takes no arguments (1 given)`).
fn c_arity(vm: &Vm, qual: &str, args: &Args, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if args.pos.len() != n {
        let what = if n == 0 {
            "no arguments"
        } else {
            "exactly one argument"
        };
        return Err(vm.type_error(format!(
            "{}() takes {} ({} given)",
            qual,
            what,
            args.pos.len()
        )));
    }
    Ok(())
}

/// `operator.index(v)`.
fn index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    as_bigint(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

/// randrange's `_index(x)` with its deprecated fallback to `int(x)` for integral floats.
fn range_arg(vm: &Vm, v: &Value, which: &str) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if let Value::Float(f) = v {
        if f.fract() == 0.0 && f.is_finite() {
            return Ok(BigInt::from(*f as i128));
        }
        if f.is_finite() {
            return Err(vm.value_error(format!("non-integer {} for randrange()", which)));
        }
    }
    let int_class = vm.types.of_kind(crate::types::TypeKind::Int);
    let i = vm.call(&Value::Class(int_class), Args::new(vec![v.clone()]))?;
    as_bigint(&i).ok_or_else(|| vm.value_error(format!("non-integer {} for randrange()", which)))
}

impl RandomObj {
    fn randbelow_value(&self, n: &BigInt) -> BigInt {
        self.mt.borrow_mut().below_big(n)
    }

    fn randrange(&self, vm: &Vm, s: &[Option<Value>]) -> PyResult<Value> {
        let start = range_arg(vm, s[0].as_ref().unwrap_or(Value::NONE), "arg 1")?;
        let stop = match &s[1] {
            None | Some(Value::None) => {
                if s[2].is_some() {
                    return Err(vm.type_error("Missing a non-None stop argument"));
                }
                if start.is_positive() {
                    return Ok(Value::from_bigint(self.randbelow_value(&start)));
                }
                return Err(vm.value_error("empty range for randrange()"));
            }
            Some(v) => range_arg(vm, v, "stop")?,
        };
        let width = &stop - &start;
        let step = match &s[2] {
            None => BigInt::one(),
            Some(v) => range_arg(vm, v, "step")?,
        };
        if step.is_one() {
            if width.is_positive() {
                return Ok(Value::from_bigint(start + self.randbelow_value(&width)));
            }
            return Err(vm.value_error(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = if step.is_positive() {
            num_integer::Integer::div_floor(&(&width + &step - 1), &step)
        } else if step.is_negative() {
            num_integer::Integer::div_floor(&(&width + &step + 1), &step)
        } else {
            return Err(vm.value_error("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(vm.value_error("empty range for randrange()"));
        }
        Ok(Value::from_bigint(start + step * self.randbelow_value(&n)))
    }

    fn sample(&self, vm: &Vm, pop: &Value, k: &Value, counts: Option<Value>) -> PyResult<Value> {
        if !matches!(
            pop,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_)
        ) {
            return Err(
                vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
            );
        }
        let n = vm.len(pop)?;
        if let Some(counts) = counts {
            let counts = vm.collect(&counts)?;
            let mut cum = Vec::with_capacity(counts.len());
            let mut acc: Option<Value> = None;
            for c in counts {
                let next = match acc {
                    None => c,
                    Some(a) => vm.binary_op(BinOp::Add, &a, &c)?,
                };
                cum.push(next.clone());
                acc = Some(next);
            }
            if cum.len() != n {
                return Err(vm.value_error("The number of counts does not match the population"));
            }
            let total = cum.pop().unwrap_or(Value::Int(0));
            let Some(total) = as_bigint(&total).filter(|_| !matches!(total, Value::Bool(_))) else {
                return Err(vm.type_error("Counts must be integers"));
            };
            if !total.is_positive() {
                return Err(vm.value_error("Total of counts must be greater than zero"));
            }
            let Some(total) = total.to_i64() else {
                return Err(vm.raise(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                ));
            };
            let range = Value::Range(Rc::new(crate::value::RangeObj {
                start: 0,
                stop: total,
                step: 1,
            }));
            let picks = self.sample(vm, &range, k, None)?;
            let mut out = Vec::new();
            for s in vm.collect(&picks)? {
                let (mut lo, mut hi) = (0usize, cum.len());
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if vm.less_than(&s, &cum[mid])? {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.push(vm.get_item(pop, &Value::Int(lo as i64))?);
            }
            return Ok(Value::list(out));
        }
        let k = index(vm, k)?;
        let k = match k.to_usize() {
            Some(k) if k <= n => k,
            _ => return Err(vm.value_error("Sample larger than population or is negative")),
        };
        vm.check_alloc(crate::limits::estimate::values(k as u64))?;
        vm.tick_n(k as u64)?;
        let mut result = Vec::with_capacity(k);
        let mut setsize: f64 = 21.0;
        if k > 5 {
            setsize += 4f64.powi((((k * 3) as f64).ln() / 4f64.ln()).ceil() as i32);
        }
        if (n as f64) <= setsize {
            let mut pool = vm.collect(pop)?;
            for i in 0..k {
                let j = self.below(n - i);
                result.push(pool[j].clone());
                pool[j] = pool[n - i - 1].clone();
            }
        } else {
            let mut selected = HashSet::new();
            for _ in 0..k {
                let mut j = self.below(n);
                while selected.contains(&j) {
                    j = self.below(n);
                }
                selected.insert(j);
                result.push(vm.get_item(pop, &Value::Int(j as i64))?);
            }
        }
        Ok(Value::list(result))
    }

    fn choices(&self, vm: &Vm, s: &[Option<Value>]) -> PyResult<Value> {
        let pop = s[0].clone().unwrap_or(Value::None);
        let n = vm.len(&pop)?;
        let k = match &s[3] {
            Some(v) => index(vm, v)?.to_i64().unwrap_or(i64::MAX).max(0) as usize,
            None => 1,
        };
        let weights = s[1].clone().filter(|w| !w.is_none());
        let cum = s[2].clone().filter(|w| !w.is_none());
        vm.check_alloc(crate::limits::estimate::values(k as u64))?;
        vm.tick_n(k as u64)?;
        let cum = match (weights, cum) {
            (None, None) => {
                let nf = n as f64;
                let mut out = Vec::with_capacity(k);
                for _ in 0..k {
                    let i = (self.random() * nf).floor() as i64;
                    out.push(vm.get_item(&pop, &Value::Int(i))?);
                }
                return Ok(Value::list(out));
            }
            (Some(w), None) => {
                if !vm.is_iterable(&w) {
                    if let Value::Int(k) = w {
                        return Err(vm.type_error(format!(
                            "The number of choices must be a keyword argument: k={}",
                            k
                        )));
                    }
                }
                let mut cum = Vec::new();
                let mut acc: Option<Value> = None;
                for x in vm.collect(&w)? {
                    let next = match acc {
                        None => x,
                        Some(a) => vm.binary_op(BinOp::Add, &a, &x)?,
                    };
                    cum.push(next.clone());
                    acc = Some(next);
                }
                cum
            }
            (None, Some(c)) => vm.collect(&c)?,
            (Some(_), Some(_)) => {
                return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
            }
        };
        if cum.len() != n {
            return Err(vm.value_error("The number of weights does not match the population"));
        }
        let Some(last) = cum.last() else {
            return Err(vm.raise("IndexError", "list index out of range"));
        };
        let total = vm.to_f64(&vm.binary_op(BinOp::Add, last, &Value::Float(0.0))?)?;
        if total <= 0.0 {
            return Err(vm.value_error("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(vm.value_error("Total of weights must be finite"));
        }
        let hi = n - 1;
        let mut out = Vec::with_capacity(k);
        for _ in 0..k {
            let x = Value::Float(self.random() * total);
            let (mut lo, mut h) = (0usize, hi);
            while lo < h {
                let mid = (lo + h) / 2;
                if vm.less_than(&x, &cum[mid])? {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(vm.get_item(&pop, &Value::Int(lo as i64))?);
        }
        Ok(Value::list(out))
    }

    fn gauss_z(&self) -> f64 {
        if let Some(z) = self.gauss_next.borrow_mut().take() {
            return z;
        }
        let x2pi = self.random() * std::f64::consts::TAU;
        let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
        *self.gauss_next.borrow_mut() = Some(x2pi.sin() * g2rad);
        x2pi.cos() * g2rad
    }

    fn normal_z(&self) -> f64 {
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return z;
            }
        }
    }

    fn vonmises(&self, mu: f64, kappa: f64) -> f64 {
        use std::f64::consts::{PI, TAU};
        if kappa <= 1e-6 {
            return TAU * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let theta = if u3 > 0.5 {
            mu + f.acos()
        } else {
            mu - f.acos()
        };
        theta.rem_euclid(TAU)
    }

    fn gamma(&self, vm: &Vm, alpha: f64, beta: f64) -> PyResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
        }
        if alpha > 1.0 {
            let log4 = 4f64.ln();
            let sg_magic = 1.0 + 4.5f64.ln();
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - log4;
            let ccc = alpha + ainv;
            loop {
                vm.tick()?;
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                vm.tick()?;
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        return Ok(x * beta);
                    }
                } else if u1 <= (-x).exp() {
                    return Ok(x * beta);
                }
            }
        }
    }

    fn setstate(&self, vm: &Vm, state: &Value) -> PyResult<Value> {
        let bad = || vm.type_error("state vector must be a tuple");
        let Value::Tuple(t) = state else {
            return Err(vm.type_error("state vector must be a tuple"));
        };
        if t.len() != 3 || !matches!(t[0], Value::Int(3)) {
            return Err(vm.value_error(format!(
                "state with version {} passed to Random.setstate() of version 3",
                t.first()
                    .map(|v| vm.repr(v))
                    .transpose()?
                    .unwrap_or_default()
            )));
        }
        let Value::Tuple(words) = &t[1] else {
            return Err(bad());
        };
        if words.len() != N + 1 {
            return Err(vm.value_error("state vector is the wrong size"));
        }
        let mut mt = Mt::new();
        for (i, w) in words.iter().enumerate() {
            let Some(x) = as_bigint(w).and_then(|b| b.to_u32()) else {
                return Err(vm.raise(
                    "OverflowError",
                    "Python int too large to convert to C unsigned long",
                ));
            };
            if i < N {
                mt.state[i] = x;
            } else if (x as usize) <= N {
                mt.index = x as usize;
            } else {
                return Err(vm.value_error("invalid state"));
            }
        }
        *self.mt.borrow_mut() = mt;
        *self.gauss_next.borrow_mut() = match &t[2] {
            Value::None => None,
            v => Some(vm.to_f64(v)?),
        };
        Ok(Value::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Zero;

    #[test]
    fn seed_42_matches_cpython() {
        let mut mt = Mt::new();
        mt.seed_int(&BigInt::from(42));
        assert_eq!(mt.random(), 0.6394267984578837);
    }

    #[test]
    fn zero_seed_uses_one_key_word() {
        let mut a = Mt::new();
        a.seed_int(&BigInt::zero());
        let mut b = Mt::new();
        b.init_by_array(&[0]);
        assert_eq!(a.genrand(), b.genrand());
    }
}
