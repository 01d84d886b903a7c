//! Whether a post's texts fit the accounts it goes out on. A draft may run
//! long while it is written; handing it on (submit), approving, scheduling
//! and publishing it are refused while any text is over a target's limit.

use crate::account::{Account, AccountId};
use crate::language::LanguageCode;
use crate::platform::{self, CountOptions, Platform, TextProblem};

use super::{Post, PostError};

/// The accounts a post goes out on, as the check needs them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Targets {
    pub accounts: Vec<Account>,
    /// Media attached: some platforms then allow a shorter caption only.
    pub has_media: bool,
}

/// One text that does not fit one account, with what the platform said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misfit {
    pub account: AccountId,
    pub handle: String,
    pub platform: Platform,
    pub language: LanguageCode,
    pub problem: TextProblem,
}

impl Post {
    /// The first text that does not fit an account it goes out on. An
    /// account receives the variants in the languages it posts in, or the
    /// source when it posts in none of the post's languages. Texts not yet
    /// written are the translation check's business, not this one's.
    pub fn misfit(&self, targets: &Targets) -> Option<Misfit> {
        self.misfits(targets).next()
    }

    /// Every text that does not fit an account it goes out on, account by
    /// account (the translation check shows them all for one language).
    pub fn misfits<'a>(&'a self, targets: &'a Targets) -> impl Iterator<Item = Misfit> + 'a {
        targets.accounts.iter().filter(|a| self.targets.contains(&a.id)).flat_map(move |account| {
            let languages = self.languages_for(account);
            let options = CountOptions {
                limit_override: account.limit_override,
                content_warning: None,
                has_media: targets.has_media,
            };
            languages.into_iter().filter_map(move |language| {
                let text = self.variants.get(language).map_or("", |v| v.text.as_str());
                if text.trim().is_empty() {
                    return None;
                }
                let count = platform::count(account.platform, text, &options);
                let problem = count.problems.into_iter().find(|p| *p != TextProblem::Empty)?;
                Some(Misfit {
                    account: account.id,
                    handle: account.handle.as_str().to_owned(),
                    platform: account.platform,
                    language: language.clone(),
                    problem,
                })
            })
        })
    }

    /// The languages `account` receives this post in: the variants in the
    /// languages it posts in, or the source when it posts in none of them.
    pub fn languages_for(&self, account: &Account) -> Vec<&LanguageCode> {
        let languages: Vec<&LanguageCode> = self.variants.keys().filter(|l| account.languages.contains(l)).collect();
        if languages.is_empty() {
            vec![&self.source_language]
        } else {
            languages
        }
    }

    /// Refuses when a text does not fit, or when an account the post goes
    /// out on was not given (a check that cannot be made fails closed).
    pub(super) fn check_fits(&self, targets: &Targets) -> Result<(), PostError> {
        if let Some(missing) = self.targets.iter().find(|id| !targets.accounts.iter().any(|a| a.id == **id)) {
            return Err(PostError::TargetUnknown { account: *missing });
        }
        match self.misfit(targets) {
            Some(misfit) => Err(PostError::DoesNotFit(Box::new(misfit))),
            None => Ok(()),
        }
    }
}
