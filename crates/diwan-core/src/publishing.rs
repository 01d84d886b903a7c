//! The last mile: at a post's hour, someone puts it online by hand (most
//! platforms offer missions no posting API they may use). This decides what
//! is due to publish, what is overdue, what was held back meanwhile (a
//! crisis paused it, its approval was withdrawn), who is reminded, and what
//! text each account gets. Hootsuite and Buffer handle networks they cannot
//! post to the same way: a reminder with the text ready to copy.

use chrono::{DateTime, Duration, Utc};

use crate::account::{Account, AccountId};
use crate::language::LanguageCode;
use crate::platform::Platform;
use crate::post::{Post, PostState};
use crate::user::UserName;

/// A post more than this past its hour and still not published is overdue
/// (a reminder missed while the app was closed shows as overdue).
pub const OVERDUE_AFTER: Duration = Duration::minutes(15);
/// How far back overdue posts are looked for: older loose ends belong to
/// the calendar's overdue view, not to a reminder.
pub const LOOK_BACK: Duration = Duration::days(7);

/// Where a post stands at its hour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hour {
    /// Not yet its hour, or nothing left to do (published, rejected, never approved).
    NotDue,
    /// Approved for its current content and not paused: publish it now.
    Due { overdue: bool },
    /// It was scheduled, but a crisis paused it since.
    HeldByCrisis,
    /// It was scheduled, but an edit withdrew its approval since.
    ApprovalWithdrawn,
}

/// Where `post` stands at `now`. `was_scheduled`: someone scheduled it once
/// (the audit trail says so), which is what makes a hold worth a notice.
pub fn hour(post: &Post, was_scheduled: bool, now: DateTime<Utc>) -> Hour {
    if now < post.at || now - post.at > LOOK_BACK {
        return Hour::NotDue;
    }
    let approved_as_is = post.approved_content.as_ref() == Some(&post.content_hash());
    match &post.state {
        PostState::Approved | PostState::Scheduled if approved_as_is && post.paused_by.is_none() => {
            Hour::Due { overdue: now - post.at > OVERDUE_AFTER }
        }
        PostState::Published { .. } | PostState::Rejected { .. } => Hour::NotDue,
        _ if !was_scheduled => Hour::NotDue,
        _ if post.paused_by.is_some() => Hour::HeldByCrisis,
        _ => Hour::ApprovalWithdrawn,
    }
}

/// Who is reminded at a post's hour: whoever scheduled it, else its drafter.
pub fn reminded(post: &Post, scheduled_by: Option<&UserName>) -> UserName {
    scheduled_by.cloned().unwrap_or_else(|| post.drafter.clone())
}

/// One account's part of publishing a post: the approved text for it, in
/// the language it is shown in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountText {
    pub account: AccountId,
    pub handle: String,
    pub platform: Platform,
    pub language: LanguageCode,
    /// Exactly the approved variant's text: copying it changes nothing.
    pub text: String,
}

/// The text each target account gets: the variants in the languages it
/// posts in (one entry per language), else the source; accounts in the
/// order given, languages in code order.
pub fn texts_for(post: &Post, accounts: &[Account]) -> Vec<AccountText> {
    accounts
        .iter()
        .filter(|a| post.targets.contains(&a.id))
        .flat_map(|account| {
            post.languages_for(account).into_iter().filter_map(move |language| {
                let variant = post.variants.get(language)?;
                Some(AccountText {
                    account: account.id,
                    handle: account.handle.as_str().to_owned(),
                    platform: account.platform,
                    language: language.clone(),
                    text: variant.text.clone(),
                })
            })
        })
        .collect()
}

/// The platform's own page for writing a post, opened in the system
/// browser; none where it depends on the account (Mastodon's instance).
pub fn compose_page(platform: Platform) -> Option<&'static str> {
    Some(match platform {
        Platform::X => "https://x.com/compose/post",
        Platform::Facebook => "https://www.facebook.com/",
        Platform::Instagram => "https://www.instagram.com/",
        Platform::Linkedin => "https://www.linkedin.com/feed/?shareActive=true",
        Platform::Telegram => "https://web.telegram.org/",
        Platform::Weibo => "https://weibo.com/",
        Platform::Bluesky => "https://bsky.app/",
        Platform::Threads => "https://www.threads.net/",
        Platform::Youtube => "https://studio.youtube.com/",
        Platform::Mastodon => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crisis::CrisisId;
    use crate::post::tests::{at, book, in_review, lang, targets, team};

    /// A post approved by Samir for 5 December 09:00 UTC.
    fn approved() -> Post {
        let team = team();
        let mut post = in_review(crate::post::Category::Culture, &team);
        post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("approve");
        assert_eq!(post.state, PostState::Approved);
        post
    }

    #[test]
    fn an_approved_post_is_due_from_its_hour_and_overdue_after_a_quarter_of_an_hour() {
        let post = approved();
        assert_eq!(hour(&post, false, post.at - Duration::seconds(1)), Hour::NotDue, "not before its hour");
        assert_eq!(hour(&post, false, post.at), Hour::Due { overdue: false });
        assert_eq!(hour(&post, false, post.at + OVERDUE_AFTER), Hour::Due { overdue: false });
        assert_eq!(hour(&post, false, post.at + OVERDUE_AFTER + Duration::seconds(1)), Hour::Due { overdue: true });
        assert_eq!(hour(&post, false, post.at + LOOK_BACK + Duration::seconds(1)), Hour::NotDue, "too old to remind");
        let mut scheduled = post.clone();
        scheduled.schedule(&team().drafter, &targets()).expect("schedule");
        assert_eq!(hour(&scheduled, true, post.at), Hour::Due { overdue: false });
    }

    #[test]
    fn published_rejected_and_never_approved_posts_are_not_due() {
        let team = team();
        let mut post = approved();
        post.publish(&team.drafter, &targets(), "https://x.com/a/status/1").expect_err("publish needs schedule");
        post.schedule(&team.drafter, &targets()).expect("schedule");
        post.publish(&team.drafter, &targets(), "https://x.com/a/status/1").expect("published");
        assert_eq!(hour(&post, true, post.at), Hour::NotDue);
        let never = in_review(crate::post::Category::Culture, &team);
        assert_eq!(hour(&never, false, never.at), Hour::NotDue);
    }

    #[test]
    fn a_scheduled_post_held_back_meanwhile_gets_a_notice_not_a_reminder() {
        let team = team();
        let mut post = approved();
        post.schedule(&team.drafter, &targets()).expect("schedule");
        let mut paused = post.clone();
        paused.paused_by = Some(CrisisId(1));
        assert_eq!(hour(&paused, true, post.at), Hour::HeldByCrisis);
        let mut edited = post.clone();
        edited.edit_text(&team.translator, &lang("fr"), "Un autre texte").expect("edit");
        assert_ne!(edited.state, PostState::Scheduled, "the edit withdrew the approval");
        assert_eq!(hour(&edited, true, post.at), Hour::ApprovalWithdrawn);
        // Never scheduled: nobody waits for it, so nothing to say.
        assert_eq!(hour(&edited, false, post.at), Hour::NotDue);
    }

    #[test]
    fn whoever_scheduled_is_reminded_else_the_drafter() {
        let post = approved();
        let samir = UserName::parse("samir").expect("name");
        assert_eq!(reminded(&post, Some(&samir)), samir);
        assert_eq!(reminded(&post, None).as_str(), "karim");
    }

    #[test]
    fn each_account_gets_exactly_the_approved_text_in_its_languages() {
        let post = approved();
        let texts = texts_for(&post, &targets().accounts);
        let shown: Vec<(i64, &str, &str)> =
            texts.iter().map(|t| (t.account.0, t.language.as_str(), t.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                (1, "ar", "تهنئ سفارة الجزائر الشعب الفرنسي"),
                (2, "fr", "L'ambassade d'Algérie félicite le peuple français")
            ]
        );
        for text in &texts {
            assert_eq!(text.text.as_bytes(), post.variants[&text.language].text.as_bytes(), "byte for byte");
        }
    }

    #[test]
    fn every_platform_but_mastodon_has_a_compose_page_on_https() {
        for platform in Platform::ALL {
            match compose_page(platform) {
                Some(page) => assert!(page.starts_with("https://"), "{platform}: {page}"),
                None => assert_eq!(platform, Platform::Mastodon),
            }
        }
    }
}
