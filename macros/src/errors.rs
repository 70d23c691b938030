//! Error collection: every problem of one fn is reported in one run.

/// Collects errors so that one run reports all of them.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, err: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(err),
            None => self.0 = Some(err),
        }
    }

    pub fn into_error(self) -> Option<syn::Error> {
        self.0
    }
}

/// `syn::Error::to_compile_error` names `::core::compile_error!`, which a user's
/// `extern crate x as core;` breaks: the macro is in every prelude, so this emits
/// it bare, with syn's spans (the message points where the error does).
pub trait Emit {
    fn emit(&self) -> proc_macro2::TokenStream;
}

impl Emit for syn::Error {
    fn emit(&self) -> proc_macro2::TokenStream {
        use proc_macro2::TokenTree;
        let mut out = proc_macro2::TokenStream::new();
        // Each message is `:: core :: compile_error ! { "msg" }`: eight trees.
        let trees: Vec<TokenTree> = self.to_compile_error().into_iter().collect();
        for chunk in trees.chunks(8) {
            match chunk {
                [TokenTree::Punct(_), TokenTree::Punct(_), TokenTree::Ident(krate), _, _, rest @ ..]
                    if krate == "core" =>
                {
                    out.extend(rest.iter().cloned());
                }
                other => out.extend(other.iter().cloned()),
            }
        }
        out
    }
}
