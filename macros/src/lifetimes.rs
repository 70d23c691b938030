//! Names the elided lifetimes of a generator's inputs, so the returned stream can
//! capture them in every edition (edition 2021 `impl Trait` captures only the
//! lifetimes its bounds name).

use proc_macro2::Span;
use syn::visit_mut::{self, VisitMut};
use syn::{FnArg, GenericParam, Lifetime, LifetimeParam, Receiver, Signature, Type, TypeReference};

/// Replaces `&T`, `&mut T` and `'_` in the inputs with fresh `'life0`, `'life1`, …
/// declared on the fn, applies the elision rules to the same in `item_ty`, and
/// returns every lifetime the fn declares.
pub fn name_elided(sig: &mut Signature, item_ty: &mut Type) -> Vec<Lifetime> {
    let mut namer = Namer { next: 0, fresh: Vec::new() };
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

struct Namer {
    next: usize,
    fresh: Vec<Lifetime>,
}

impl Namer {
    fn fresh(&mut self, span: Span) -> Lifetime {
        let lifetime = Lifetime::new(&format!("'life{}", self.next), span);
        self.next += 1;
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
