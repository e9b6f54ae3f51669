//! CPython 3.11's list sort (`Objects/listobject.c`): timsort with powersort
//! merging, ported comparison for comparison. Matching it exactly matters
//! beyond speed: with an inconsistent order (NaN, a random `__lt__`) the
//! result is CPython's, a failing comparison of mixed types names the same
//! pair of types, and the list is left in the same partial order. It only
//! ever asks `a < b`, and never panics whatever the answers.
//!
//! Sorts a permutation (indices into the caller's keys); the caller reverses
//! it before and after for `reverse=True`, as CPython does.

const MIN_GALLOP: usize = 7;

/// `lt(a, b)`: whether the key at index `a` sorts before the key at index `b`.
pub trait Less<E>: FnMut(usize, usize) -> Result<bool, E> {}
impl<E, F: FnMut(usize, usize) -> Result<bool, E>> Less<E> for F {}

/// Sorts `v` stably by `lt`. On error `v` is a permutation of its input,
/// partially sorted as CPython leaves a list whose comparison failed.
pub fn sort<E>(v: &mut [usize], lt: &mut impl Less<E>) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        listlen: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = count_run(&v[lo..], lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binarysort(&mut v[lo..lo + force], run, lt)?;
            run = force;
        }
        ms.found_new_run(v, run, lt)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    ms.merge_force_collapse(v, lt)
}

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState {
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

enum Exit<E> {
    Succeed,
    /// One element of the temp run is left; it goes after (merge_lo) or
    /// before (merge_hi) what remains of the other run.
    CopyOne,
    Fail(E),
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Length of the run at the start of `v`, and whether it is strictly descending.
fn count_run<E>(v: &[usize], lt: &mut impl Less<E>) -> Result<(usize, bool), E> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(v[1], v[0])? {
        while n < v.len() && lt(v[n], v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !lt(v[n], v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v`, whose first `start` items are sorted.
fn binarysort<E>(v: &mut [usize], start: usize, lt: &mut impl Less<E>) -> Result<(), E> {
    for start in start.max(1)..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in sorted `a`: before the leftmost item not less than
/// it, searching out from `hint`.
fn gallop_left<E>(key: usize, a: &[usize], hint: usize, lt: &mut impl Less<E>) -> Result<usize, E> {
    let (n, hint) = (a.len() as isize, hint as isize);
    let at = |i: isize| a[i as usize];
    let (mut lastofs, mut ofs) = (0isize, 1isize);
    if lt(at(hint), key)? {
        let maxofs = n - hint;
        while ofs < maxofs && lt(at(hint + ofs), key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs && !lt(at(hint - ofs), key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lastofs, ofs) = (hint - ofs, hint - lastofs);
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(at(m), key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Where `key` goes in sorted `a`: after the rightmost item not greater
/// than it, searching out from `hint`.
fn gallop_right<E>(
    key: usize,
    a: &[usize],
    hint: usize,
    lt: &mut impl Less<E>,
) -> Result<usize, E> {
    let (n, hint) = (a.len() as isize, hint as isize);
    let at = |i: isize| a[i as usize];
    let (mut lastofs, mut ofs) = (0isize, 1isize);
    if lt(key, at(hint))? {
        let maxofs = hint + 1;
        while ofs < maxofs && lt(key, at(hint - ofs))? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lastofs, ofs) = (hint - ofs, hint - lastofs);
    } else {
        let maxofs = n - hint;
        while ofs < maxofs && !lt(key, at(hint + ofs))? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, at(m))? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// Depth of the boundary between two adjacent runs in powersort's tree.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl MergeState {
    fn found_new_run<E>(
        &mut self,
        v: &mut [usize],
        n2: usize,
        lt: &mut impl Less<E>,
    ) -> Result<(), E> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(v, self.pending.len() - 2, lt)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    fn merge_force_collapse<E>(&mut self, v: &mut [usize], lt: &mut impl Less<E>) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(v, n, lt)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at<E>(&mut self, v: &mut [usize], i: usize, lt: &mut impl Less<E>) -> Result<(), E> {
        let (mut base_a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Items of a already before all of b stay where they are...
        let k = gallop_right(v[base_b], &v[base_a..base_a + na], 0, lt)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // ... and so do items of b already after all of a.
        let nb = gallop_left(v[base_a + na - 1], &v[base_b..base_b + nb], nb - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, base_a, na, base_b, nb, lt)
        } else {
            self.merge_hi(v, base_a, na, base_b, nb, lt)
        }
    }

    /// Merges adjacent runs with `na <= nb`, left to right, a copied aside.
    fn merge_lo<E>(
        &mut self,
        v: &mut [usize],
        base_a: usize,
        mut na: usize,
        mut pb: usize,
        mut nb: usize,
        lt: &mut impl Less<E>,
    ) -> Result<(), E> {
        let tmp = v[base_a..base_a + na].to_vec();
        let (mut pa, mut dest) = (0, base_a);
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let exit = 'merge: {
            if nb == 0 {
                break 'merge Exit::Succeed;
            }
            if na == 1 {
                break 'merge Exit::CopyOne;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match lt(v[pb], tmp[pa]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            v[dest] = v[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Exit::Succeed;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Exit::CopyOne;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(v[pb], &tmp[pa..pa + na], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Exit::CopyOne;
                        }
                        // Impossible for a consistent order, but not assumed.
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[dest] = v[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Exit::Succeed;
                    }
                    let k = match gallop_left(tmp[pa], &v[pb..pb + nb], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Exit::CopyOne;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if let Exit::CopyOne = exit {
            v.copy_within(pb..pb + nb, dest);
            v[dest + nb] = tmp[pa];
            return Ok(());
        }
        v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
        match exit {
            Exit::Fail(e) => Err(e),
            _ => Ok(()),
        }
    }

    /// Merges adjacent runs with `na > nb`, right to left, b copied aside.
    fn merge_hi<E>(
        &mut self,
        v: &mut [usize],
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
        lt: &mut impl Less<E>,
    ) -> Result<(), E> {
        let tmp = v[base_b..base_b + nb].to_vec();
        // Positions may step one below index 0 at the very end: signed.
        let mut dest = (base_b + nb - 1) as isize;
        let mut pa = (base_a + na - 1) as isize;
        let mut pb = nb as isize - 1;
        let at = |i: isize| i as usize;
        v[at(dest)] = v[at(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let exit = 'merge: {
            if na == 0 {
                break 'merge Exit::Succeed;
            }
            if nb == 1 {
                break 'merge Exit::CopyOne;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match lt(tmp[at(pb)], v[at(pa)]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            v[at(dest)] = v[at(pa)];
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Exit::Succeed;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[at(dest)] = tmp[at(pb)];
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Exit::CopyOne;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(tmp[at(pb)], &v[base_a..base_a + na], na - 1, lt) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        v.copy_within(at(pa + 1)..at(pa + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[at(dest)] = tmp[at(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Exit::CopyOne;
                    }
                    let k = match gallop_left(v[at(pa)], &tmp[..nb], nb - 1, lt) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        v[at(dest + 1)..at(dest + 1) + k]
                            .copy_from_slice(&tmp[at(pb + 1)..at(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Exit::CopyOne;
                        }
                        // Impossible for a consistent order, but not assumed.
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[at(dest)] = v[at(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Exit::Succeed;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if let Exit::CopyOne = exit {
            let start = at(pa + 1) - na;
            v.copy_within(start..start + na, at(dest + 1) - na);
            dest -= na as isize;
            v[at(dest)] = tmp[at(pb)];
            return Ok(());
        }
        if nb > 0 {
            let start = at(dest + 1) - nb;
            v[start..start + nb].copy_from_slice(&tmp[..nb]);
        }
        match exit {
            Exit::Fail(e) => Err(e),
            _ => Ok(()),
        }
    }
}
