//! Closed lists of names (platforms, categories, roles, ...): each declared
//! once, with the name it has in storage, the CLI and IPC. The list, the
//! name of each value and the parsing of a name come from one declaration,
//! so they cannot drift apart.

/// Declares an enum whose values each have one stable name. It gets `ALL`
/// (declaration order), `NAMES`, `as_str`, `from_name` and `Display`; each
/// type's `FromStr` decides its own error (and any alias) over `from_name`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $text:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [Self; [$($text),+].len()] = [$(Self::$variant),+];
            /// Every value's name, in the order of `ALL`.
            pub const NAMES: [&'static str; [$($text),+].len()] = [$($text),+];

            /// The stable name used in storage, the CLI and IPC.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text),+
                }
            }

            /// The value with this exact name.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|value| value.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use crate::audit::AuditAction;
    use crate::mission::MissionKind;
    use crate::platform::Platform;
    use crate::post::{Category, VariantState};
    use crate::preferences::Digits;
    use crate::user::Role;

    /// Every name parses back to its value, and names are unique.
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        name: impl Fn(T) -> &'static str,
        parse: impl Fn(&str) -> Option<T>,
    ) {
        let mut names: Vec<&str> = all.iter().map(|v| name(*v)).collect();
        for value in all {
            assert_eq!(parse(name(*value)), Some(*value));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len(), "names are unique");
    }

    #[test]
    fn every_vocabulary_round_trips_its_names() {
        check(&Platform::ALL, Platform::as_str, Platform::from_name);
        check(&Category::ALL, Category::as_str, Category::from_name);
        check(&Role::ALL, Role::as_str, Role::from_name);
        check(&MissionKind::ALL, MissionKind::as_str, MissionKind::from_name);
        check(&VariantState::ALL, VariantState::as_str, VariantState::from_name);
        check(&Digits::ALL, Digits::as_str, Digits::from_name);
        check(&AuditAction::ALL, AuditAction::as_str, AuditAction::from_name);
        assert_eq!(Platform::NAMES.len(), Platform::ALL.len());
    }
}
