//! Names the elided lifetimes of a generator's inputs, so the returned stream can
//! capture them in every edition (edition 2021 `impl Trait` captures only the
//! lifetimes its bounds name).

use std::collections::HashSet;

use proc_macro2::Span;
use syn::visit_mut::{self, VisitMut};
use syn::{FnArg, GenericParam, Lifetime, LifetimeParam, Receiver, Signature, Type, TypeReference};

/// Replaces `&T`, `&mut T` and `'_` in the inputs with fresh `'life0`, `'life1`, …
/// declared on the fn, applies the elision rules to the same in `item_ty`, and
/// returns every lifetime the fn declares.
pub fn name_elided(sig: &mut Signature, item_ty: &mut Type) -> Vec<Lifetime> {
    let mut namer = Namer { next: 0, fresh: Vec::new(), used: used_names(sig, item_ty) };
    let mut self_lifetime = None;
    for input in &mut sig.inputs {
        match input {
            FnArg::Receiver(receiver) => self_lifetime = namer.receiver(receiver),
            FnArg::Typed(arg) => Retype::Fresh(&mut namer).visit_type_mut(&mut arg.ty),
        }
    }
    // Output elision: `&self`'s lifetime, else the only input lifetime.
    let mut all_inputs = namer.fresh.iter().chain(sig.generics.lifetimes().map(|l| &l.lifetime));
    let sole = match (all_inputs.next(), all_inputs.next()) {
        (Some(only), None) => Some(only.clone()),
        _ => None,
    };
    if let Some(target) = self_lifetime.or(sole) {
        Retype::Elide(&target).visit_type_mut(item_ty);
    }
    for lifetime in &namer.fresh {
        sig.generics.params.push(GenericParam::Lifetime(LifetimeParam::new(lifetime.clone())));
    }
    sig.generics.lifetimes().map(|param| param.lifetime.clone()).collect()
}

/// Every lifetime name written in the signature or item type: generated names avoid them.
pub fn used_names(sig: &Signature, item_ty: &Type) -> HashSet<String> {
    use quote::ToTokens;
    let mut names = Vec::new();
    crate::scan::lifetime_names(sig.to_token_stream(), &mut names);
    crate::scan::lifetime_names(item_ty.to_token_stream(), &mut names);
    names.into_iter().collect()
}

/// `'base`, or `'base_1`, `'base_2`, … if the user already uses that name.
pub fn fresh_name(base: &str, used: &HashSet<String>, span: Span) -> Lifetime {
    let mut name = base.to_owned();
    let mut n = 0;
    while used.contains(&name) {
        n += 1;
        name = format!("{base}_{n}");
    }
    Lifetime::new(&format!("'{name}"), span)
}

pub struct Namer {
    next: usize,
    fresh: Vec<Lifetime>,
    used: HashSet<String>,
}

impl Namer {
    fn fresh(&mut self, span: Span) -> Lifetime {
        let lifetime = loop {
            let name = format!("life{}", self.next);
            self.next += 1;
            if !self.used.contains(&name) {
                break Lifetime::new(&format!("'{name}"), span);
            }
        };
        self.fresh.push(lifetime.clone());
        lifetime
    }

    /// Names the receiver's lifetime; returns it if `self` is a reference.
    fn receiver(&mut self, receiver: &mut Receiver) -> Option<Lifetime> {
        if let Some((and, lifetime)) = &mut receiver.reference {
            let named = lifetime.get_or_insert_with(|| self.fresh(and.span)).clone();
            // `ty` mirrors the shorthand (`&self` is `self: &Self`); keep them in sync.
            if let Type::Reference(reference) = receiver.ty.as_mut() {
                reference.lifetime = Some(named.clone());
            }
            Some(named)
        } else {
            Retype::Fresh(self).visit_type_mut(&mut receiver.ty);
            None
        }
    }
}

/// The rewrites of signature types, as one visitor type: each visitor type
/// instantiates syn's whole traversal, a good part of this crate's build.
pub enum Retype<'a> {
    /// Elided input lifetimes (`&T`, `'_`) get fresh names.
    Fresh(&'a mut Namer),
    /// The output's elided lifetimes get the one elision picks.
    Elide(&'a Lifetime),
    /// `impl Trait` arguments, anonymous type parameters, get `+ 'bound`.
    BoundImplTrait(&'a Lifetime),
}

impl Retype<'_> {
    fn named(&mut self, span: Span) -> Option<Lifetime> {
        match self {
            Retype::Fresh(namer) => Some(namer.fresh(span)),
            Retype::Elide(target) => Some((*target).clone()),
            Retype::BoundImplTrait(_) => None,
        }
    }
}

impl VisitMut for Retype<'_> {
    fn visit_type_reference_mut(&mut self, reference: &mut TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = self.named(reference.and_token.span);
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            if let Some(named) = self.named(lifetime.span()) {
                *lifetime = named;
            }
        }
    }

    fn visit_type_impl_trait_mut(&mut self, ty: &mut syn::TypeImplTrait) {
        visit_mut::visit_type_impl_trait_mut(self, ty);
        if let Retype::BoundImplTrait(bound) = self {
            ty.bounds.push(syn::TypeParamBound::Lifetime((*bound).clone()));
        }
    }

    // Lifetimes inside `fn(&T)` and `Fn(&T)` are bound there, not by our fn.
    fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments_mut(&mut self, _: &mut syn::ParenthesizedGenericArguments) {}
}

/// For `boxed` / `boxed_local`: whether `dyn Stream + '_` covers every capture,
/// so the signature needs no generated lifetime and stays the plain one a trait
/// declares (`fn all(&self) -> Pin<Box<dyn Stream<Item = T> + Send + '_>>`): no type
/// parameters or `impl Trait` arguments, `self` not by value, and the input
/// lifetimes are exactly the one that output elision picks.
pub fn elision_covers_all(sig: &Signature) -> bool {
    if sig.generics.type_params().next().is_some() {
        return false;
    }
    let mut inputs = crate::scan::InputLifetimes::default();
    let mut receiver_lifetime = None;
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(receiver) => match &receiver.reference {
                None => return false,
                Some((_, lifetime)) => {
                    receiver_lifetime = Some(lifetime.as_ref().map(|l| l.ident.to_string()));
                }
            },
            FnArg::Typed(arg) => inputs.add(&arg.ty),
        }
    }
    if inputs.impl_trait {
        return false;
    }
    match receiver_lifetime {
        // `&self`: elision picks its lifetime; every other input lifetime must be it.
        Some(None) => inputs.elided == 0 && inputs.named.is_empty(),
        Some(Some(name)) => inputs.elided == 0 && inputs.named.iter().all(|n| *n == name),
        None => inputs.elided + inputs.named.len() == 1,
    }
}
