//! Operators: arithmetic with Python's rules (floor division and modulo of
//! negatives, int/float mixing, i64 fast path promoting to BigInt), sequence
//! concatenation and repetition, set and dict operators, and user dunders with
//! reflection. Sizes that user code controls are checked before allocating.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

use super::{Args, PyResult, Vm};
use crate::errors;
use crate::ir::{BinOp, UnaryOp};
use crate::limits::estimate;
use crate::value::{PyStr, SetObj, Value};

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

pub fn dunder(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

fn inplace_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mul => "__imul__",
        BinOp::MatMul => "__imatmul__",
        BinOp::Div => "__itruediv__",
        BinOp::FloorDiv => "__ifloordiv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::BitOr => "__ior__",
        BinOp::BitXor => "__ixor__",
        BinOp::BitAnd => "__iand__",
    }
}

/// `x op y` for two small ints when the result is a small int too: the
/// operators whose overflow and errors need nothing but a `None`.
#[inline(always)]
pub fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            Some(Integer::div_floor(&x, &y))
        }
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => Some(floor_mod(x, y)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        // Negative counts (a ValueError) and overflow take the general path.
        BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
        BinOp::LShift if (0..64).contains(&y) => {
            let shifted = x << y;
            (shifted >> y == x).then_some(shifted)
        }
        BinOp::Pow if y >= 0 => x.checked_pow(u32::try_from(y).ok()?),
        _ => None,
    }
}

/// `x % y` rounded as Python rounds (the sign of `y`); `y` is neither 0 nor,
/// with `x == i64::MIN`, -1. Inline: `i % 2` is the commonest test in loops.
#[inline(always)]
fn floor_mod(x: i64, y: i64) -> i64 {
    let r = x % y;
    if r != 0 && (r < 0) != (y < 0) {
        r + y
    } else {
        r
    }
}

/// `*current op= y` for a small int whose result is a small int too.
/// Whether it did (when not, `*current` is unchanged).
#[inline(always)]
pub fn small_int_op_in_place(current: &mut i64, op: BinOp, y: i64) -> bool {
    match small_int_op(op, *current, y) {
        Some(r) => {
            *current = r;
            true
        }
        None => false,
    }
}

impl Vm {
    #[inline]
    pub fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = small_int_op(op, *x, *y) {
                return Ok(Value::Int(r));
            }
        }
        self.binary_slow(op, a, b)
    }

    /// Out of line, so that the small-int path above stays a short function.
    #[inline(never)]
    fn binary_slow(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        use Value::*;
        // Big ints go straight to `int_op`, before the checks for natives,
        // type unions, `%` and instances below.
        if let (Int(_) | BigInt(_), Int(_) | BigInt(_)) = (a, b) {
            return self.int_op(op, &big_ref(a), &big_ref(b));
        }
        // So does `str + str`, the commonest way agent code builds strings.
        if let (Str(x), Str(y), BinOp::Add) = (a, b, op) {
            self.check_alloc(estimate::concat_bytes(x.as_str().len(), y.as_str().len()))?;
            return Ok(Value::Str(Rc::new(PyStr::concat(x, y))));
        }
        if let Native(n) = a {
            if let Some(r) = n.binary_op(self, op, a, b, false) {
                return r;
            }
        }
        if let Native(n) = b {
            if let Some(r) = n.binary_op(self, op, b, a, true) {
                return r;
            }
        }
        // `int | None` in annotations: a union of types.
        if op == BinOp::BitOr
            && (matches!(a, Class(_)) || matches!(b, Class(_)))
            && super::typeforms::is_type_form(a)
            && super::typeforms::is_type_form(b)
        {
            return self.type_union(a, b);
        }
        if let (Str(s), BinOp::Mod, Instance(_)) = (a, op, b) {
            // `'%s' % obj`: str's own `%` comes first (str cannot be subclassed).
            return crate::types::str::percent_format(self, s.as_str(), b);
        }
        if matches!(a, Instance(_)) || matches!(b, Instance(_)) {
            return self.binary_dunder(op, a, b);
        }
        match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                if let (Bool(x), Bool(y)) = (a, b) {
                    match op {
                        BinOp::BitAnd => return Ok(Bool(x & y)),
                        BinOp::BitOr => return Ok(Bool(x | y)),
                        BinOp::BitXor => return Ok(Bool(x ^ y)),
                        _ => {}
                    }
                }
                self.int_op(op, &big_ref(a), &big_ref(b))
            }
            (Float(_) | Int(_) | Bool(_) | BigInt(_), Float(_) | Int(_) | Bool(_) | BigInt(_)) => {
                let x = self.to_f64(a)?;
                let y = self.to_f64(b)?;
                self.float_op(op, x, y, a, b)
            }
            (Str(s), n @ (Int(_) | Bool(_) | BigInt(_)))
            | (n @ (Int(_) | Bool(_) | BigInt(_)), Str(s))
                if op == BinOp::Mul =>
            {
                let times = self.repeat_count(n)?;
                self.check_alloc(estimate::repeat_bytes(s.as_str().len(), times))?;
                self.tick_n(times / 64)?;
                Ok(Value::string(s.as_str().repeat(times as usize)))
            }
            (Str(s), _) if op == BinOp::Mod => {
                crate::types::str::percent_format(self, s.as_str(), b)
            }
            (Str(_), _) if op == BinOp::Add => {
                Err(self.type_error(errors::concat_str(&self.type_name(b))))
            }
            (List(x), List(y)) if op == BinOp::Add => {
                let mut v = x.borrow().clone();
                self.check_alloc(estimate::list_concat(v.len(), y.borrow().len()))?;
                v.extend(y.borrow().iter().cloned());
                Ok(Value::list(v))
            }
            (List(_), _) if op == BinOp::Add => {
                Err(self.type_error(errors::concat_list(&self.type_name(b))))
            }
            (Tuple(x), Tuple(y)) if op == BinOp::Add => {
                let mut v = x.as_ref().clone();
                v.extend(y.iter().cloned());
                Ok(Value::tuple(v))
            }
            (Tuple(_), _) if op == BinOp::Add => {
                Err(self.type_error(errors::concat_tuple(&self.type_name(b))))
            }
            (Bytes(x), Bytes(y)) if op == BinOp::Add => {
                let mut v = x.as_ref().clone();
                v.extend(y.iter());
                Ok(Value::bytes(v))
            }
            (List(l), n @ (Int(_) | Bool(_) | BigInt(_)))
            | (n @ (Int(_) | Bool(_) | BigInt(_)), List(l))
                if op == BinOp::Mul =>
            {
                let times = self.repeat_count(n)?;
                let items = l.borrow().clone();
                Ok(Value::list(self.repeat_items(&items, times)?))
            }
            (Tuple(t), n @ (Int(_) | Bool(_) | BigInt(_)))
            | (n @ (Int(_) | Bool(_) | BigInt(_)), Tuple(t))
                if op == BinOp::Mul =>
            {
                let times = self.repeat_count(n)?;
                Ok(Value::tuple(self.repeat_items(t, times)?))
            }
            (Bytes(x), n @ (Int(_) | Bool(_) | BigInt(_))) if op == BinOp::Mul => {
                let times = self.repeat_count(n)?;
                self.check_alloc(estimate::repeat_bytes(x.len(), times))?;
                Ok(Value::bytes(x.repeat(times as usize)))
            }
            (Str(_) | List(_) | Tuple(_) | Bytes(_), _)
            | (_, Str(_) | List(_) | Tuple(_) | Bytes(_))
                if op == BinOp::Mul =>
            {
                let other = if matches!(a, Str(_) | List(_) | Tuple(_) | Bytes(_)) {
                    b
                } else {
                    a
                };
                Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                )))
            }
            // Keys and items views combine with any iterable, on either side.
            (
                DictView(v),
                List(_) | Tuple(_) | Str(_) | Range(_) | Dict(_) | Iterator(_) | Generator(_),
            )
            | (
                List(_) | Tuple(_) | Str(_) | Range(_) | Dict(_) | Iterator(_) | Generator(_),
                DictView(v),
            ) if v.1 != crate::eval::iter::DictPart::Values
                && matches!(
                    op,
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                ) =>
            {
                let as_set = |x: &Value| -> PyResult<Value> {
                    if matches!(x, DictView(_)) {
                        return Ok(x.clone());
                    }
                    let mut t = SetObj::new();
                    for item in self.collect(x)? {
                        self.set_add(&mut t, item)?;
                    }
                    Ok(FrozenSet(Rc::new(t)))
                };
                let result = self.set_op(op, &as_set(a)?, &as_set(b)?)?;
                Ok(Set(Rc::new(RefCell::new(result))))
            }
            // A keys or items view with something that is not iterable.
            (DictView(v), other)
                if v.1 != crate::eval::iter::DictPart::Values
                    && !matches!(
                        other,
                        Set(_) | FrozenSet(_) | DictView(_) | Instance(_) | Native(_)
                    )
                    && matches!(
                        op,
                        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                    ) =>
            {
                Err(self.type_error(errors::not_iterable(&self.type_name(other))))
            }
            (Set(_) | FrozenSet(_) | DictView(_), Set(_) | FrozenSet(_) | DictView(_))
                if !is_values_view(a)
                    && !is_values_view(b)
                    && matches!(
                        op,
                        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                    ) =>
            {
                let result = self.set_op(op, a, b)?;
                Ok(if matches!(a, FrozenSet(_)) {
                    FrozenSet(Rc::new(result))
                } else {
                    Set(Rc::new(RefCell::new(result)))
                })
            }
            (Dict(x), Dict(y)) if op == BinOp::BitOr => {
                let merged = x.borrow().clone();
                let out = Rc::new(RefCell::new(merged));
                for (k, v) in y.borrow().items() {
                    self.dict_setitem(&out, k, v)?;
                }
                Ok(Dict(out))
            }
            (Bytes(_), _) if op == BinOp::Add => {
                Err(self.type_error(format!("can't concat {} to bytes", self.type_name(b))))
            }
            _ => Err(self.type_error(errors::unsupported_operand(
                op_symbol(op),
                &self.type_name(a),
                &self.type_name(b),
            ))),
        }
    }

    fn binary_dunder(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, rname) = dunder(op);
        if let (Value::Instance(x), Value::Instance(y)) = (a, b) {
            // A subclass's own reflected method goes first, as in CPython.
            let overrides = !Rc::ptr_eq(&x.class, &y.class)
                && y.class.is_subclass(&x.class)
                && y.class.lookup(rname).is_some()
                && !matches!((y.class.lookup(rname), x.class.lookup(rname)), (Some(p), Some(q)) if p.is(&q));
            if overrides {
                if let Some(m) = self.special_method(b, rname) {
                    let r = self.call(&m, Args::new(vec![a.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(m) = self.special_method(a, name) {
            let r = self.call(&m, Args::new(vec![b.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !a.is(b) || !matches!(a, Value::Instance(_)) {
            if let Some(m) = self.special_method(b, rname) {
                let r = self.call(&m, Args::new(vec![a.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Then CPython's sequence slots: repetition from either side,
        // concatenation from the left.
        let is_seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
        };
        if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { b } else { a };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )));
        }
        if op == BinOp::Add && matches!(a, Value::Bytes(_)) {
            return Err(self.type_error(format!("can't concat {} to bytes", self.type_name(b))));
        }
        if op == BinOp::Add && is_seq(a) {
            let t = self.type_name(a);
            return Err(self.type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                t,
                self.type_name(b),
                t
            )));
        }
        Err(self.type_error(errors::unsupported_operand(
            op_symbol(op),
            &self.type_name(a),
            &self.type_name(b),
        )))
    }

    /// `a op= b`: in place for lists and sets and user `__iop__`, else `a op b`.
    pub fn inplace_op(&self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(&b)?;
                self.check_alloc(estimate::list_concat(l.borrow().len(), items.len()))?;
                crate::types::list::tracked(l, || l.borrow_mut().extend(items));
                return Ok(a);
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let method = match op {
                    BinOp::BitOr => "update",
                    BinOp::BitAnd => "intersection_update",
                    BinOp::Sub => "difference_update",
                    _ => "symmetric_difference_update",
                };
                crate::types::set::mutate(self, s, method, Args::new(vec![b]))?;
                return Ok(a);
            }
            (Value::List(l), BinOp::Mul)
                if matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) =>
            {
                let times = self.repeat_count(&b)?;
                let items = l.borrow().clone();
                let repeated = self.repeat_items(&items, times)?;
                crate::types::list::tracked(l, || *l.borrow_mut() = repeated);
                return Ok(a);
            }
            // `d |= other` is `d.update(other)`: pairs are accepted too.
            (Value::Dict(d), BinOp::BitOr) => {
                crate::types::dict::update_from(self, d, &b)?;
                return Ok(a);
            }
            (Value::Instance(_) | Value::Native(_), _) => {
                if let Some(m) = self.special_method(&a, inplace_dunder(op)) {
                    let r = self.call(&m, Args::new(vec![b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op(op, &a, &b).map_err(|e| {
            // CPython names the augmented operator when neither side supports it.
            let (ta, tb) = (self.type_name(&a), self.type_name(&b));
            match e.exception() {
                Some(exc)
                    if self.to_str(exc).is_ok_and(|m| {
                        m == errors::unsupported_operand(op_symbol(op), &ta, &tb)
                    }) =>
                {
                    let symbol = format!("{}=", op_symbol(op));
                    self.type_error(errors::unsupported_operand(&symbol, &ta, &tb))
                }
                _ => e,
            }
        })
    }

    pub fn unary_op(&self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_) | Value::BigInt(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(_) | Value::Native(_)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match self.special_method(v, name) {
                    Some(m) => self.call(&m, Args::default()),
                    None => {
                        Err(self
                            .type_error(errors::bad_unary(unary_symbol(op), &self.type_name(v))))
                    }
                }
            }
            _ => Err(self.type_error(errors::bad_unary(unary_symbol(op), &self.type_name(v)))),
        }
    }

    pub fn to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Float(f) => Ok(*f),
            Value::BigInt(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(self.raise("OverflowError", "int too large to convert to float")),
            },
            _ => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    fn repeat_count(&self, n: &Value) -> PyResult<u64> {
        match n {
            Value::Int(i) => Ok((*i).max(0) as u64),
            Value::Bool(b) => Ok(*b as u64),
            Value::BigInt(b) if b.is_negative() => Ok(0),
            _ => Err(self.raise(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    fn repeat_items(&self, items: &[Value], times: u64) -> PyResult<Vec<Value>> {
        self.check_alloc(estimate::repeat_values(items.len(), times))?;
        let total = (items.len() as u64).saturating_mul(times);
        self.tick_n(total / 64)?;
        let mut out = Vec::with_capacity(total as usize);
        for _ in 0..times {
            out.extend(items.iter().cloned());
        }
        Ok(out)
    }

    fn int_op(&self, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        let big = |b: BigInt| Ok(Value::from_bigint(b));
        match op {
            BinOp::Add => Ok(crate::value::bigint_in_spare(|out| {
                out.clone_from(x);
                *out += y;
            })),
            BinOp::Sub => Ok(crate::value::bigint_in_spare(|out| {
                out.clone_from(x);
                *out -= y;
            })),
            BinOp::Mul => {
                self.check_alloc(estimate::int_mul_bytes(x.bits(), y.bits()))?;
                self.check_work(estimate::int_mul_ns(x.bits(), y.bits()))?;
                big(x * y)
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.raise("ZeroDivisionError", errors::division_by_zero()));
                }
                // The quotient is scaled to 66 bits: one division of the larger by a smaller.
                self.check_work(estimate::int_div_ns(
                    x.bits().max(y.bits()) + 66,
                    x.bits().min(y.bits()),
                ))?;
                Ok(Value::Float(int_true_div(x, y).ok_or_else(|| {
                    self.raise(
                        "OverflowError",
                        "integer division result too large for a float",
                    )
                })?))
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.raise("ZeroDivisionError", errors::integer_division_by_zero()));
                }
                self.check_work(estimate::int_div_ns(x.bits(), y.bits()))?;
                big(x.div_floor(y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.raise("ZeroDivisionError", "integer modulo by zero"));
                }
                self.check_work(estimate::int_div_ns(x.bits(), y.bits()))?;
                big(x.mod_floor(y))
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (
                        x.to_f64().unwrap_or(f64::INFINITY),
                        y.to_f64().unwrap_or(f64::NEG_INFINITY),
                    );
                    if x.is_zero() {
                        return Err(self.raise(
                            "ZeroDivisionError",
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float(fx.powf(fy)));
                }
                self.int_pow(x, y)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                let shift = y.to_u64().unwrap_or(u64::MAX);
                self.check_alloc(estimate::int_shift_bytes(x.bits(), shift))?;
                big(x << shift as usize)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let shift = y.to_u64().unwrap_or(u64::MAX);
                if shift >= x.bits() {
                    return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
                }
                big(x >> shift as usize)
            }
            BinOp::BitAnd => big(x & y),
            BinOp::BitOr => big(x | y),
            BinOp::BitXor => big(x ^ y),
            BinOp::MatMul => Err(self.type_error(errors::unsupported_operand("@", "int", "int"))),
        }
    }

    pub fn int_pow(&self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if x.is_zero() || x.is_one() {
            return Ok(Value::from_bigint(if y.is_zero() {
                BigInt::one()
            } else {
                x.clone()
            }));
        }
        if *x == BigInt::from(-1) {
            return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
        }
        let e = y.to_u64().unwrap_or(u64::MAX);
        self.check_alloc(estimate::int_pow_bytes(x.bits(), e))?;
        // (±2**k) ** e is a shift: no squarings of huge numbers.
        let k = x.bits() - 1;
        if x.trailing_zeros() == Some(k) && k.checked_mul(e).is_some() {
            let r = BigInt::one() << (k * e) as usize;
            return Ok(Value::from_bigint(if x.is_negative() && e.is_odd() {
                -r
            } else {
                r
            }));
        }
        if let (Some(b), Ok(e32)) = (x.to_i64(), u32::try_from(e)) {
            if let Some(r) = b.checked_pow(e32) {
                return Ok(Value::Int(r));
            }
        }
        self.tick_n(x.bits().saturating_mul(e) / 4096)?;
        self.check_work(estimate::int_pow_ns(x.bits().saturating_mul(e)))?;
        Ok(Value::from_bigint(Pow::pow(x, e)))
    }

    fn float_op(&self, op: BinOp, x: f64, y: f64, a: &Value, b: &Value) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    let msg = if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                        errors::float_division_by_zero()
                    } else {
                        errors::division_by_zero()
                    };
                    return Err(self.raise("ZeroDivisionError", msg));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.raise("ZeroDivisionError", "float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.raise("ZeroDivisionError", errors::float_modulo_by_zero()));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => return self.float_pow(x, y),
            _ => {
                return Err(self.type_error(errors::unsupported_operand(
                    op_symbol(op),
                    &self.type_name(a),
                    &self.type_name(b),
                )))
            }
        };
        Ok(Value::Float(r))
    }

    pub fn float_pow(&self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.raise(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            ));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            return Err(self.value_error("complex numbers are not supported in codeact"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.raise("OverflowError", "(34, 'Numerical result out of range')"));
        }
        Ok(Value::Float(r))
    }

    /// Set operators with CPython's algorithms, so results iterate in its order.
    fn set_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<SetObj> {
        let x = self.set_table(a)?;
        let y = self.set_table(b)?;
        match op {
            BinOp::BitOr => {
                let mut out = SetObj::new();
                out.copy_from(&x);
                self.set_merge(&mut out, &y)?;
                Ok(out)
            }
            BinOp::BitAnd => {
                let (small, large) = if y.len() > x.len() {
                    (&x, &y)
                } else {
                    (&y, &x)
                };
                let mut out = SetObj::new();
                for (h, k) in small.entries() {
                    if self.set_find(large, h, &k)?.is_some() {
                        self.set_add_hashed(&mut out, h, k)?;
                    }
                }
                Ok(out)
            }
            BinOp::Sub => {
                if (x.len() >> 2) > y.len() {
                    let mut out = SetObj::new();
                    out.copy_from(&x);
                    for k in y.items() {
                        self.set_discard(&mut out, &k)?;
                    }
                    return Ok(out);
                }
                let mut out = SetObj::new();
                for (h, k) in x.entries() {
                    if self.set_find(&y, h, &k)?.is_none() {
                        self.set_add_hashed(&mut out, h, k)?;
                    }
                }
                Ok(out)
            }
            _ => {
                let mut out = SetObj::new();
                out.copy_from(&y);
                for (h, k) in x.entries() {
                    match self.set_find(&out, h, &k)? {
                        Some(pos) => {
                            out.remove_at(pos);
                        }
                        None => self.set_add_hashed(&mut out, h, k)?,
                    }
                }
                Ok(out)
            }
        }
    }

    /// Adds every member of `other` (CPython's `set_merge` into a non-empty set).
    pub fn set_merge(&self, into: &mut SetObj, other: &SetObj) -> PyResult<()> {
        if into.is_empty() {
            into.copy_from(other);
            return Ok(());
        }
        into.reserve_for_merge(other.len());
        for (h, k) in other.entries() {
            self.set_add_hashed(into, h, k)?;
        }
        Ok(())
    }

    /// A snapshot of a set operand's table (dict views become sets first).
    pub fn set_table(&self, v: &Value) -> PyResult<SetObj> {
        match v {
            Value::Set(s) => Ok(s.borrow().clone()),
            Value::FrozenSet(s) => Ok((**s).clone()),
            other => {
                let mut s = SetObj::new();
                for item in self.set_items(other) {
                    self.set_add(&mut s, item)?;
                }
                Ok(s)
            }
        }
    }
}

fn unary_symbol(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    }
}

/// An int operand as a big integer, borrowed when it already is one, so
/// big-int arithmetic does not copy its operands.
pub fn big_ref(v: &Value) -> std::borrow::Cow<'_, BigInt> {
    match v {
        Value::BigInt(b) => std::borrow::Cow::Borrowed(&**b),
        _ => std::borrow::Cow::Owned(to_big(v)),
    }
}

fn is_values_view(v: &Value) -> bool {
    matches!(v, Value::DictView(d) if d.1 == crate::eval::iter::DictPart::Values)
}

pub fn to_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

/// CPython's float divmod: (floor quotient, modulo with the divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// int / int, correctly rounded for values beyond 2**53 as CPython.
fn int_true_div(x: &BigInt, y: &BigInt) -> Option<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Some(a as f64 / b as f64);
        }
    }
    let negative = x.is_negative() != y.is_negative();
    let (n, d) = (x.abs(), y.abs());
    // Scale so the quotient has 64+ significant bits, then let f64 rounding finish.
    let shift = 66i64 - (n.bits() as i64 - d.bits() as i64);
    let (n, d) = if shift > 0 {
        (n << shift as usize, d)
    } else {
        (n, d << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
        let f = q.to_f64()? * 2f64.powi(-(shift as i32) - 1);
        return if f.is_finite() {
            Some(if negative { -f } else { f })
        } else {
            None
        };
    }
    let f = q.to_f64()? * 2f64.powi(-(shift as i32));
    if f.is_finite() {
        Some(if negative { -f } else { f })
    } else {
        None
    }
}
