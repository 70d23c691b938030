//! Names the elided lifetimes of a generator's inputs, so the returned stream can
//! capture them in every edition (edition 2021 `impl Trait` captures only the
//! lifetimes its bounds name).

use std::collections::HashSet;

use proc_macro2::Span;
use syn::visit::Visit;
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
            FnArg::Typed(arg) => namer.visit_type_mut(&mut arg.ty),
        }
    }
    // Output elision: `&self`'s lifetime, else the only input lifetime.
    let mut all_inputs = namer.fresh.iter().chain(sig.generics.lifetimes().map(|l| &l.lifetime));
    let sole = match (all_inputs.next(), all_inputs.next()) {
        (Some(only), None) => Some(only.clone()),
        _ => None,
    };
    if let Some(target) = self_lifetime.or(sole) {
        Elide(target).visit_type_mut(item_ty);
    }
    for lifetime in &namer.fresh {
        sig.generics.params.push(GenericParam::Lifetime(LifetimeParam::new(lifetime.clone())));
    }
    sig.generics.lifetimes().map(|param| param.lifetime.clone()).collect()
}

/// Every lifetime name written in the signature or item type: generated names avoid them.
pub fn used_names(sig: &Signature, item_ty: &Type) -> HashSet<String> {
    struct Names(HashSet<String>);
    impl Visit<'_> for Names {
        fn visit_lifetime(&mut self, lifetime: &Lifetime) {
            self.0.insert(lifetime.ident.to_string());
        }
    }
    let mut names = Names(HashSet::new());
    names.visit_signature(sig);
    names.visit_type(item_ty);
    names.0
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

struct Namer {
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
            self.visit_type_mut(&mut receiver.ty);
            None
        }
    }
}

impl VisitMut for Namer {
    fn visit_type_reference_mut(&mut self, reference: &mut TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(self.fresh(reference.and_token.span));
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = self.fresh(lifetime.span());
        }
    }

    // Lifetimes inside `fn(&T)` and `Fn(&T)` are bound there, not by our fn.
    fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments_mut(&mut self, _: &mut syn::ParenthesizedGenericArguments) {}
}

/// Fills the output's elided lifetimes with the one elision picks.
struct Elide(Lifetime);

impl VisitMut for Elide {
    fn visit_type_reference_mut(&mut self, reference: &mut TypeReference) {
        reference.lifetime.get_or_insert_with(|| self.0.clone());
        visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = self.0.clone();
        }
    }

    fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
    fn visit_parenthesized_generic_arguments_mut(&mut self, _: &mut syn::ParenthesizedGenericArguments) {}
}

/// For `boxed` / `boxed_local`: whether `dyn Stream + '_` covers every capture,
/// so the signature needs no generated lifetime and stays the plain one a trait
/// declares (`fn all(&self) -> Pin<Box<dyn Stream<Item = T> + Send + '_>>`): no type
/// parameters or `impl Trait` arguments, `self` not by value, and the input
/// lifetimes are exactly the one that output elision picks.
pub fn elision_covers_all(sig: &Signature) -> bool {
    struct Inputs {
        elided: usize,
        named: HashSet<String>,
        impl_trait: bool,
    }
    impl Visit<'_> for Inputs {
        fn visit_type_reference(&mut self, reference: &TypeReference) {
            if reference.lifetime.is_none() {
                self.elided += 1;
            }
            syn::visit::visit_type_reference(self, reference);
        }
        fn visit_lifetime(&mut self, lifetime: &Lifetime) {
            if lifetime.ident == "_" {
                self.elided += 1;
            } else if lifetime.ident != "static" {
                self.named.insert(lifetime.ident.to_string());
            }
        }
        fn visit_type_impl_trait(&mut self, _: &syn::TypeImplTrait) {
            self.impl_trait = true;
        }
        fn visit_type_bare_fn(&mut self, _: &syn::TypeBareFn) {}
        fn visit_parenthesized_generic_arguments(&mut self, _: &syn::ParenthesizedGenericArguments) {}
    }
    if sig.generics.type_params().next().is_some() {
        return false;
    }
    let mut inputs = Inputs { elided: 0, named: HashSet::new(), impl_trait: false };
    let mut receiver_lifetime = None;
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(receiver) => match &receiver.reference {
                None => return false,
                Some((_, lifetime)) => {
                    receiver_lifetime = Some(lifetime.as_ref().map(|l| l.ident.to_string()));
                }
            },
            FnArg::Typed(arg) => inputs.visit_type(&arg.ty),
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
