//! The engagement exports platforms give their page owners (#14): which
//! platform's file a header row is, where its post address and figures are,
//! and how a row's address is matched to a published post's.
//!
//! Known files (headers compared without case, spaces trimmed):
//! - X: the post activity export (`Tweet permalink`, `impressions`,
//!   `engagements`) and the newer account analytics content export
//!   (`Post Link`, `Impressions`, `Engagements`). X gives impressions, not
//!   reach: they stand for reach.
//! - Facebook (Meta Business Suite, a Page's posts): `Permalink`, `Reach`,
//!   and `Reactions, comments and shares` (or those three apart).
//! - Instagram (Meta Business Suite, an account's posts): `Permalink`,
//!   `Reach`, and likes, comments, shares and saves summed.
//! - LinkedIn (a Page's content export saved as CSV): `Post link`,
//!   `Impressions` (for reach), and clicks, likes, comments and reposts
//!   summed; its first line is a description, so the header is looked for
//!   in the first lines.
//!
//! Any other file is refused, naming the files Diwan knows.

use crate::mission::MissionCode;
use crate::platform::Platform;
use crate::post::PostError;
use crate::user::{Role, User};

/// Why `actor` may not import `mission`'s engagement figures, if they may
/// not: the people who publish there (drafters, supervisors) and
/// administrators may.
pub fn importer_refusal(actor: &User, mission: &MissionCode) -> Option<PostError> {
    let may = [Role::Drafter, Role::Supervisor].iter().any(|r| actor.has_role(mission, *r)) || actor.administers_any();
    (!may).then(|| PostError::RoleMissing { role: Role::Drafter, mission: mission.to_string() })
}

/// How many leading lines may come before the header row.
pub const HEADER_SEARCH_LINES: usize = 3;

/// Where one known export keeps what Diwan reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub platform: Platform,
    /// The file's kind as the refusal and the summary name it.
    pub name: &'static str,
    url: usize,
    reach: usize,
    /// Summed for engagement.
    engagement: Vec<usize>,
}

/// One row's figures, with the address they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub url: String,
    pub reach: u64,
    pub engagement: u64,
}

/// Why a row could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowError {
    /// The address cell is empty: a summary line, or not a post.
    NoAddress,
    /// A figure that is not a whole number.
    NotANumber { column: String, value: String },
}

/// The names of the files Diwan reads, for a refusal.
pub const KNOWN_FILES: &str =
    "X (Tweet permalink, Post Link) · Facebook, Instagram (Permalink, Reach) · LinkedIn (Post link, Impressions)";

fn normal(header: &str) -> String {
    header.trim().trim_start_matches('\u{feff}').trim().to_lowercase()
}

/// The layout of the export whose header row is `headers`, if Diwan knows it.
pub fn layout(headers: &[String]) -> Option<Layout> {
    let names: Vec<String> = headers.iter().map(|h| normal(h)).collect();
    let at = |name: &str| names.iter().position(|n| n == name);
    let all = |wanted: &[&str]| wanted.iter().map(|w| at(w)).collect::<Option<Vec<usize>>>();
    let has = |name: &str| at(name).is_some();

    // X, both generations: one column of engagements.
    for url in ["tweet permalink", "post link"] {
        if let (Some(url), Some(reach), Some(engagement)) = (at(url), at("impressions"), at("engagements")) {
            return Some(Layout { platform: Platform::X, name: "X", url, reach, engagement: vec![engagement] });
        }
    }
    if let (Some(url), Some(reach)) = (at("permalink"), at("reach")) {
        if has("page name") || has("page id") {
            let engagement = at("reactions, comments and shares")
                .map(|c| vec![c])
                .or_else(|| all(&["reactions", "comments", "shares"]))?;
            return Some(Layout { platform: Platform::Facebook, name: "Facebook", url, reach, engagement });
        }
        if has("account username") || has("account id") {
            let engagement = ["likes", "comments", "shares", "saves"].iter().filter_map(|w| at(w)).collect();
            return Some(Layout { platform: Platform::Instagram, name: "Instagram", url, reach, engagement });
        }
    }
    if let (Some(url), Some(reach)) = (at("post link"), at("impressions")) {
        let engagement =
            all(&["clicks", "likes", "comments"])?.into_iter().chain(at("reposts").or_else(|| at("shares"))).collect();
        return Some(Layout { platform: Platform::Linkedin, name: "LinkedIn", url, reach, engagement });
    }
    None
}

/// A figure as the exports write them: `1234`, `1,234`, `1 234`, empty for
/// none.
fn figure(value: &str) -> Option<u64> {
    let digits: String = value.trim().chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}')).collect();
    if digits.is_empty() {
        return Some(0);
    }
    // Some exports write whole numbers as `12.0`.
    let digits = digits.strip_suffix(".0").unwrap_or(&digits);
    digits.parse().ok()
}

impl Layout {
    /// The figures of one row; `headers` names a bad cell.
    pub fn row(&self, headers: &[String], fields: &[String]) -> Result<Row, RowError> {
        let cell = |i: usize| fields.get(i).map_or("", String::as_str);
        let url = cell(self.url).trim();
        if url.is_empty() {
            return Err(RowError::NoAddress);
        }
        let number = |i: usize| {
            figure(cell(i)).ok_or_else(|| RowError::NotANumber {
                column: headers.get(i).map_or_else(String::new, |h| h.trim().to_owned()),
                value: cell(i).to_owned(),
            })
        };
        let reach = number(self.reach)?;
        let mut engagement = 0u64;
        for &i in &self.engagement {
            engagement = engagement.saturating_add(number(i)?);
        }
        Ok(Row { url: url.to_owned(), reach, engagement })
    }
}

/// The form of an address two spellings of one post share: no scheme, no
/// `www.`/`m.`/`mobile.`, twitter.com as x.com, host in lower case, no query,
/// fragment or trailing slash.
pub fn canonical_url(url: &str) -> String {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut host = host.to_lowercase();
    for prefix in ["www.", "mobile.", "m."] {
        if let Some(stripped) = host.strip_prefix(prefix) {
            host = stripped.to_owned();
        }
    }
    if host == "twitter.com" {
        "x.com".clone_into(&mut host);
    }
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        host
    } else {
        format!("{host}/{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(line: &str) -> Vec<String> {
        // The tests' headers hold no quoted commas but Facebook's one column.
        let mut out = Vec::new();
        let mut rest = line;
        while !rest.is_empty() {
            if let Some(quoted) = rest.strip_prefix('"') {
                let end = quoted.find('"').unwrap();
                out.push(quoted[..end].to_owned());
                rest = quoted[end + 1..].trim_start_matches(',');
            } else {
                let end = rest.find(',').unwrap_or(rest.len());
                out.push(rest[..end].to_owned());
                rest = rest.get(end + 1..).unwrap_or("");
            }
        }
        out
    }

    fn fields(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| (*v).to_owned()).collect()
    }

    #[test]
    fn knows_x_old_and_new() {
        let old = headers("Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,retweets");
        let l = layout(&old).unwrap();
        assert_eq!(l.platform, Platform::X);
        let row = l
            .row(&old, &fields(&["1", "https://twitter.com/a/status/1", "t", "x", "1,200", "35", "0.03", "4"]))
            .unwrap();
        assert_eq!(row, Row { url: "https://twitter.com/a/status/1".to_owned(), reach: 1200, engagement: 35 });
        let new = headers("Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares");
        assert_eq!(layout(&new).unwrap().platform, Platform::X);
    }

    #[test]
    fn knows_facebook_instagram_and_linkedin() {
        let fb = headers(
            "Post ID,Page ID,Page name,Title,Permalink,Publish time,Reach,\"Reactions, comments and shares\",Reactions",
        );
        let l = layout(&fb).unwrap();
        assert_eq!(l.platform, Platform::Facebook);
        let row =
            l.row(&fb, &fields(&["1", "2", "p", "t", "https://www.facebook.com/p/posts/9", "", "870", "41", "30"]));
        assert_eq!(row.unwrap().engagement, 41);

        let fb_apart = headers("Post ID,Page name,Permalink,Reach,Reactions,Comments,Shares");
        let l = layout(&fb_apart).unwrap();
        let row = l.row(&fb_apart, &fields(&["1", "p", "https://facebook.com/x", "10", "1", "2", "3"])).unwrap();
        assert_eq!((row.reach, row.engagement), (10, 6));

        let ig = headers("Post ID,Account ID,Account username,Permalink,Reach,Likes,Shares,Comments,Saves,Follows");
        let l = layout(&ig).unwrap();
        assert_eq!(l.platform, Platform::Instagram);
        let row = l.row(&ig, &fields(&["1", "2", "u", "https://instagram.com/p/x/", "500", "20", "1", "3", "4", "9"]));
        assert_eq!(row.unwrap().engagement, 28);

        let li = headers("Post title,Post link,Post type,Posted by,Created date,Impressions,Clicks,Likes,Comments,Reposts,Engagement rate");
        let l = layout(&li).unwrap();
        assert_eq!(l.platform, Platform::Linkedin);
        let row = l.row(
            &li,
            &fields(&[
                "t",
                "https://www.linkedin.com/feed/update/urn:li:activity:1",
                "",
                "",
                "",
                "300",
                "5",
                "6",
                "1",
                "2",
                "",
            ]),
        );
        assert_eq!(
            row.unwrap(),
            Row {
                url: "https://www.linkedin.com/feed/update/urn:li:activity:1".to_owned(),
                reach: 300,
                engagement: 14
            }
        );
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        assert_eq!(layout(&headers("date,title,views")), None);
        assert_eq!(layout(&headers("Permalink,Reach")), None, "neither a Page's nor an account's export");
        assert_eq!(layout(&[]), None);
    }

    #[test]
    fn a_bad_figure_names_its_column() {
        let h = headers("Tweet permalink,impressions,engagements");
        let l = layout(&h).unwrap();
        assert_eq!(
            l.row(&h, &fields(&["https://x.com/a/status/1", "lots", "1"])),
            Err(RowError::NotANumber { column: "impressions".to_owned(), value: "lots".to_owned() })
        );
        assert_eq!(l.row(&h, &fields(&["", "1", "1"])), Err(RowError::NoAddress));
        assert_eq!(l.row(&h, &fields(&["https://x.com/a/status/1", "1\u{a0}234", "12.0"])).unwrap().reach, 1234);
    }

    #[test]
    fn who_may_import() {
        let paris = MissionCode::parse("DZ-FR-PAR").unwrap();
        let tunis = MissionCode::parse("DZ-TN-TUN").unwrap();
        let person = |role: Role, at: &MissionCode| {
            let mut user = User::new(crate::user::UserName::parse("someone").unwrap(), "Someone");
            user.grant(at.clone(), role);
            user
        };
        assert_eq!(importer_refusal(&person(Role::Drafter, &paris), &paris), None);
        assert_eq!(importer_refusal(&person(Role::Supervisor, &paris), &paris), None);
        assert_eq!(importer_refusal(&person(Role::Admin, &tunis), &paris), None, "an administrator anywhere");
        assert!(importer_refusal(&person(Role::Translator, &paris), &paris).is_some());
        assert!(importer_refusal(&person(Role::Drafter, &tunis), &paris).is_some(), "another mission's drafter");
    }

    #[test]
    fn one_post_two_spellings() {
        let canonical = "x.com/AlgerieFrance/status/1866";
        for spelling in [
            "https://twitter.com/AlgerieFrance/status/1866",
            "https://x.com/AlgerieFrance/status/1866?s=20",
            "http://www.twitter.com/AlgerieFrance/status/1866/",
            "https://mobile.twitter.com/AlgerieFrance/status/1866#m",
            "HTTPS://X.COM/AlgerieFrance/status/1866",
        ] {
            assert_eq!(canonical_url(spelling), canonical, "{spelling}");
        }
        assert_eq!(canonical_url("https://m.facebook.com/p/posts/9"), "facebook.com/p/posts/9");
        assert_ne!(canonical_url("https://x.com/a/status/1"), canonical_url("https://x.com/a/status/2"));
    }
}
