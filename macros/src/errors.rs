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
