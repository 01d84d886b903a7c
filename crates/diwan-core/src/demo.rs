//! Generated sample data: pure values, no IO. `diwan demo` writes them
//! through the store, and the store's benchmark uses the same data.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::account::{AccountId, NewAccount};
use crate::audit::{AuditAction, NewAuditEvent};
use crate::calendar::local_to_utc;
use crate::platform::Platform;
use crate::post::{Approval, Category, NewPost, Post, PostError, PostId, PostState, Variant};
use crate::text::fill_template;
use crate::user::{Role, User, UserName};
use crate::{LanguageCode, Mission, MissionKind, MissionNames, NewMission, ValidationError};

/// One post text per category in ar, fr and en. `{ $mission }` is the
/// mission's name in that language, `{ $n }` a running number.
pub const TEMPLATES: [(Category, [&str; 3]); 9] = [
    (Category::Announcement, [
        "تعلن { $mission } عن تعديل مواعيد استقبال الجمهور ابتداءً من الأسبوع المقبل. البيان رقم { $n }.",
        "{ $mission } informe le public d'un changement des horaires d'accueil à partir de la semaine prochaine. Communiqué n° { $n }.",
        "{ $mission } announces new opening hours for the public from next week. Statement no. { $n }.",
    ]),
    (Category::Protocol, [
        "قدّم السفير أوراق اعتماده اليوم، في خطوة جديدة لتعزيز العلاقات الثنائية. #دبلوماسية",
        "L'ambassadeur a présenté aujourd'hui ses lettres de créance, une nouvelle étape pour la relation bilatérale. #diplomatie",
        "The ambassador presented his letters of credence today, a new step for bilateral relations. #diplomacy",
    ]),
    (Category::NationalOccasion, [
        "بمناسبة العيد الوطني، تتقدّم { $mission } بأحرّ التهاني إلى الجالية وإلى شعب البلد المضيف. #العيد_الوطني",
        "À l'occasion de la fête nationale, { $mission } adresse ses vœux chaleureux à la diaspora et au peuple du pays hôte. #FêteNationale",
        "On the national day, { $mission } sends its warmest wishes to the diaspora and to the people of our host country. #NationalDay",
    ]),
    (Category::Culture, [
        "تدعوكم { $mission } إلى أمسية ثقافية تحتفي بالتراث والموسيقى الأندلسية، الدخول مجاني.",
        "{ $mission } vous invite à une soirée culturelle consacrée au patrimoine et à la musique andalouse. Entrée libre.",
        "{ $mission } invites you to a cultural evening celebrating heritage and Andalusian music. Free entry.",
    ]),
    (Category::Consular, [
        "تذكّر { $mission } رعاياها بضرورة تجديد جوازات السفر قبل موسم العطل. المواعيد عبر البوابة القنصلية.",
        "{ $mission } rappelle à ses ressortissants de renouveler leur passeport avant les vacances. Rendez-vous sur le portail consulaire.",
        "{ $mission } reminds nationals abroad to renew their passports before the holidays. Book through the consular portal.",
    ]),
    (Category::Economy, [
        "منتدى أعمال ثنائي تنظمه { $mission } لتشجيع الاستثمار والتبادل التجاري والسياحة.",
        "{ $mission } organise un forum d'affaires bilatéral pour encourager l'investissement, le commerce et le tourisme.",
        "{ $mission } hosts a bilateral business forum to promote investment, trade and tourism.",
    ]),
    (Category::Crisis, [
        "عاجل: تتابع { $mission } الوضع عن كثب. على الرعايا في المنطقة المتضررة الاتصال بخلية الأزمة.",
        "Urgent : { $mission } suit la situation de près. Les ressortissants de la zone touchée sont invités à contacter la cellule de crise.",
        "Urgent: { $mission } is following the situation closely. Nationals in the affected area should contact the crisis unit.",
    ]),
    (Category::CounterDisinformation, [
        "توضيح: الخبر المتداول بشأن إغلاق { $mission } غير صحيح. نرجو الاعتماد على القنوات الرسمية فقط.",
        "Mise au point : l'information selon laquelle { $mission } fermerait ses portes est fausse. Fiez-vous aux seuls canaux officiels.",
        "Correction: reports that { $mission } is closing are false. Please rely on official channels only.",
    ]),
    (Category::InteractiveSession, [
        "جلسة أسئلة وأجوبة مباشرة مع السفير يوم الخميس. أرسلوا أسئلتكم مع وسم #اسأل_السفير",
        "Séance de questions-réponses en direct avec l'ambassadeur jeudi. Envoyez vos questions avec #DemandezÀLAmbassadeur",
        "Live Q&A with the ambassador on Thursday. Send your questions with #AskTheAmbassador",
    ]),
];

/// Zones the ministry-scale missions cycle through: both hemispheres, half
/// hours, and zones with and without summer time.
pub const ZONES: [&str; 24] = [
    "Europe/Paris",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Berlin",
    "Europe/Moscow",
    "Africa/Algiers",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Asia/Baghdad",
    "Asia/Riyadh",
    "Asia/Tehran",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/New_York",
    "America/Chicago",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Mexico_City",
    "Pacific/Auckland",
    "Asia/Beirut",
];

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).unwrap_or_else(|| unreachable!("demo language codes are valid"))
}

pub fn texts(category: Category, mission: &MissionNames, n: u64) -> [String; 3] {
    let (_, templates) = TEMPLATES.iter().find(|(c, _)| *c == category).unwrap_or(&TEMPLATES[0]);
    let number = n.to_string();
    let names = [&mission.ar, &mission.fr, &mission.en];
    std::array::from_fn(|i| fill_template(templates[i], &[("mission", names[i]), ("n", &number)]))
}

/// A cheap, repeatable mix of bits, so the demo is the same on every run.
pub fn mix(a: u64, b: u64) -> u64 {
    let mut x = a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.wrapping_add(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 29)
}

/// The people of the demo: one drafter, one translator, two supervisors and
/// an administrator, with their roles at every mission given.
pub const PEOPLE: [(&str, &str, &[Role]); 5] = [
    ("karim", "Karim Benali", &[Role::Drafter]),
    ("lina", "Lina Haddad", &[Role::Translator]),
    ("samir", "Samir Ouali", &[Role::Supervisor]),
    ("nadia", "Nadia Mansour", &[Role::Supervisor]),
    ("amina", "Amina Belkacem", &[Role::Admin]),
];

pub fn people(missions: &[crate::MissionCode]) -> Vec<User> {
    PEOPLE
        .iter()
        .filter_map(|(name, display, roles)| {
            let mut user = User::new(UserName::parse(name).ok()?, display);
            for mission in missions {
                for role in *roles {
                    user.grant(mission.clone(), *role);
                }
            }
            Some(user)
        })
        .collect()
}

/// The platforms every ministry-scale mission has an account on.
pub const MINISTRY_PLATFORMS: [Platform; 5] =
    [Platform::X, Platform::Facebook, Platform::Instagram, Platform::Linkedin, Platform::Telegram];

/// `count` missions of the ministry, with host countries cycling through
/// ISO 3166 and zones through [`ZONES`].
pub fn ministry_missions(count: usize) -> Result<Vec<Mission>, ValidationError> {
    let countries: Vec<&str> = crate::country_codes().iter().filter(|c| **c != "DZ").copied().collect();
    (0..count)
        .map(|i| {
            let country = countries[i % countries.len()];
            let kind = match i % 10 {
                0 => MissionKind::Consulate,
                9 => MissionKind::PermanentRepresentation,
                _ => MissionKind::Embassy,
            };
            NewMission {
                code: format!("DZ-{country}-{i:03}"),
                names: MissionNames {
                    ar: format!("سفارة الجزائر رقم {i} ({country})"),
                    fr: format!("Ambassade d'Algérie n° {i} ({country})"),
                    en: format!("Embassy of Algeria no. {i} ({country})"),
                },
                kind: kind.as_str().into(),
                host_country: country.into(),
                time_zone: ZONES[i % ZONES.len()].into(),
                working_languages: vec!["ar".into(), "fr".into(), "en".into()],
            }
            .validate()
        })
        .collect()
}

/// The five accounts of the `index`-th ministry mission.
pub fn ministry_accounts(mission: &Mission, index: usize) -> Vec<NewAccount> {
    MINISTRY_PLATFORMS
        .iter()
        .map(|platform| NewAccount {
            mission: mission.code.clone(),
            platform: *platform,
            handle: format!(
                "dz_{}_{index:03}_{}",
                mission.host_country.as_str().to_ascii_lowercase(),
                platform.as_str()
            ),
            languages: vec!["ar".into(), "fr".into(), "en".into()],
            limit_override: None,
        })
        .collect()
}

/// About 0.91 posts a day for `days` days from `start`, for the `index`-th
/// mission, each handed to `sink` with the next id. Past posts are
/// published; future ones are spread over the workflow.
#[allow(clippy::too_many_arguments, reason = "one call site per use; the parameters are the plan")]
pub fn ministry_posts<E: From<PostError>>(
    mission: &Mission,
    index: usize,
    accounts: &[AccountId],
    start: NaiveDate,
    days: u64,
    now: DateTime<Utc>,
    next_id: &mut i64,
    mut sink: impl FnMut(Post) -> Result<(), E>,
) -> Result<u64, E> {
    let languages = [lang("ar"), lang("fr"), lang("en")];
    let people: Vec<UserName> = PEOPLE.iter().filter_map(|(name, _, _)| UserName::parse(name).ok()).collect();
    let mut written = 0;
    for d in 0..days {
        let bits = mix(index as u64, d);
        if bits % 100 >= 91 {
            continue;
        }
        let day = start + Duration::days(i64::try_from(d).unwrap_or(0));
        let time =
            NaiveTime::from_hms_opt(8 + u32::try_from((bits >> 8) % 11).unwrap_or(0), 0, 0).unwrap_or(NaiveTime::MIN);
        let Ok(at) = local_to_utc(mission.time_zone, day.and_time(time)) else { continue };
        let category = Category::ALL[((bits >> 16) % 9) as usize];
        let mut targets = BTreeSet::from([accounts[((bits >> 24) % accounts.len() as u64) as usize]]);
        if bits & (1 << 40) != 0 {
            targets.insert(accounts[((bits >> 32) % accounts.len() as u64) as usize]);
        }
        let post = ministry_post(
            PostId(*next_id),
            mission,
            mission.time_zone,
            targets,
            category,
            at,
            now,
            texts(category, &mission.names, d),
            &languages,
            bits,
            [&people[0], &people[1], &people[2], &people[3]],
        )?;
        *next_id += 1;
        sink(post)?;
        written += 1;
    }
    Ok(written)
}

/// One ministry-scale post, built whole: published when its time has
/// passed, else somewhere in the workflow. Approved posts carry the hash of
/// their content, as the core requires.
#[allow(clippy::too_many_arguments, reason = "a private constructor for generated data")]
fn ministry_post(
    id: PostId,
    mission: &Mission,
    zone: Tz,
    targets: BTreeSet<AccountId>,
    category: Category,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
    [ar, fr, en]: [String; 3],
    languages: &[LanguageCode; 3],
    bits: u64,
    [drafter, translator, supervisor, second]: [&UserName; 4],
) -> Result<Post, PostError> {
    let mut author = User::new(drafter.clone(), "");
    author.grant(mission.code.clone(), Role::Drafter);
    let mut post = Post::create(
        id,
        NewPost {
            mission: mission.code.clone(),
            time_zone: zone,
            targets,
            category,
            source_language: languages[0].clone(),
            languages: languages[1..].to_vec(),
            at,
            text: ar,
            note: None,
            crisis_priority: category == Category::Crisis,
        },
        &author,
    )?;
    let stage = if at < now { 5 } else { (bits >> 44) % 6 };
    if stage >= 1 {
        let source_text = post.source_text().to_owned();
        let source = crate::post::source_hash(&source_text);
        for (language, text) in [(&languages[1], fr), (&languages[2], en)] {
            let done = Variant {
                text,
                translated_from: Some(source),
                source_seen: Some(source_text.clone()),
                qa_override: None,
            };
            post.variants.insert(language.clone(), done);
        }
        post.contributors.insert(translator.clone());
        post.state = PostState::InTranslation;
    }
    if stage >= 2 {
        post.state = PostState::InReview;
    }
    if stage >= 3 {
        let content = post.content_hash();
        let fast_track = category == Category::Crisis;
        post.approvals.push(Approval {
            user: supervisor.clone(),
            step: 0,
            content,
            at: at - Duration::hours(20),
            fast_track,
        });
        if matches!(category, Category::Protocol | Category::CounterDisinformation) {
            post.approvals.push(Approval {
                user: second.clone(),
                step: 1,
                content,
                at: at - Duration::hours(19),
                fast_track: false,
            });
        }
        post.approved_content = Some(content);
        post.state = PostState::Approved;
    }
    if stage >= 4 {
        post.state = PostState::Scheduled;
    }
    if stage >= 5 {
        post.state = PostState::Published {
            url: format!("https://example.org/{}/{}", mission.code.as_str().to_ascii_lowercase(), id.0),
        };
    }
    Ok(post)
}

/// The history a ministry-scale post would have left in the audit trail,
/// oldest first, for `diwan demo --scale ministry --trail`: created and
/// edited by its drafter, each translation by the translator, submitted,
/// a supervisor's question and the answering edit on every other post,
/// each approval, scheduled and published, as far as the post got. Nine
/// to twelve events a published post: about ten million for the million
/// posts. No time is later than `now`.
pub fn ministry_trail(
    post: &Post,
    translator: &UserName,
    supervisor: &UserName,
    now: DateTime<Utc>,
) -> Vec<NewAuditEvent> {
    let subject = format!("post:{}", post.id.0);
    let content = post.content_hash();
    let event = |hours_before: i64, actor: &UserName, action: AuditAction| {
        NewAuditEvent::new((post.at - Duration::hours(hours_before)).min(now), actor.as_str(), action, subject.as_str())
    };
    let stage = match post.state {
        PostState::Draft | PostState::Rejected { .. } => 0,
        PostState::InTranslation => 1,
        PostState::InReview => 2,
        PostState::Approved => 3,
        PostState::Scheduled => 4,
        PostState::Published { .. } => 5,
    };
    let drafter = &post.drafter;
    let mut trail = vec![
        event(72, drafter, AuditAction::PostCreated).with_hashes(None, Some(content)),
        event(70, drafter, AuditAction::PostEdited).with_hashes(Some(content), Some(content)),
        event(60, drafter, AuditAction::PostEdited).with_hashes(Some(content), Some(content)),
    ];
    if stage >= 1 {
        for (language, hours) in post.variants.keys().zip([48, 47]) {
            trail.push(event(hours, translator, AuditAction::PostTranslated).with_detail(language.as_str()));
        }
    }
    if stage >= 2 {
        trail.push(event(30, drafter, AuditAction::PostSubmitted));
        if post.id.0 % 2 == 0 {
            trail.push(event(26, supervisor, AuditAction::CommentAdded).with_detail("ar"));
            trail.push(event(25, drafter, AuditAction::PostEdited).with_hashes(Some(content), Some(content)));
        }
    }
    for approval in &post.approvals {
        let action = if approval.fast_track { AuditAction::PostFastTracked } else { AuditAction::PostApproved };
        let mut approved = NewAuditEvent::new(approval.at.min(now), approval.user.as_str(), action, subject.as_str());
        approved = approved.with_hashes(None, Some(approval.content));
        trail.push(approved);
    }
    if stage >= 4 {
        trail.push(event(18, drafter, AuditAction::PostScheduled));
    }
    if let PostState::Published { url } = &post.state {
        trail.push(event(0, drafter, AuditAction::PostPublished).with_detail(url.as_str()));
    }
    trail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ministry_posts_trail_follows_it_as_far_as_it_got() {
        let missions = ministry_missions(1).expect("missions");
        let accounts: Vec<AccountId> = (1..=5).map(AccountId).collect();
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let now = DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").expect("now").with_timezone(&Utc);
        let mut posts = Vec::new();
        let mut next = 1;
        ministry_posts(&missions[0], 0, &accounts, start, 300, now, &mut next, |p| {
            posts.push(p);
            Ok::<_, PostError>(())
        })
        .expect("posts");
        let (lina, samir) = (UserName::parse("lina").expect("name"), UserName::parse("samir").expect("name"));
        let (mut published_posts, mut published_events) = (0, 0);
        for post in &posts {
            let trail = ministry_trail(post, &lina, &samir, now);
            let actions: Vec<&str> = trail.iter().map(|e| e.action.as_str()).collect();
            assert_eq!(actions[0], "post.created");
            assert!(trail.iter().all(|e| e.at <= now && e.subject == format!("post:{}", post.id.0)));
            assert!(trail.windows(2).all(|w| w[0].at <= w[1].at), "oldest first: {actions:?}");
            let published = matches!(post.state, PostState::Published { .. });
            assert_eq!(actions.last() == Some(&"post.published"), published, "{actions:?}");
            if published {
                published_posts += 1;
                published_events += trail.len();
                assert!((9..=12).contains(&trail.len()), "{actions:?}");
                assert_eq!(actions.iter().filter(|a| **a == "post.translated").count(), 2);
                let approvals = actions.iter().filter(|a| a.ends_with("approved") || a.ends_with("fast-tracked"));
                assert_eq!(approvals.count(), post.approvals.len());
            }
        }
        // Ten years back nearly every post is published: about ten events each.
        let average = published_events as f64 / published_posts as f64;
        assert!((9.8..=10.6).contains(&average), "about ten events a published post: {average}");
    }

    #[test]
    fn generated_posts_keep_the_core_invariants_and_are_repeatable() {
        let missions = ministry_missions(3).expect("missions");
        assert_eq!(missions[1].code.as_str(), "DZ-AE-001");
        let accounts: Vec<AccountId> = (1..=5).map(AccountId).collect();
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let now = DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").expect("now").with_timezone(&Utc);
        let generate = || {
            let mut posts = Vec::new();
            let mut next = 1;
            ministry_posts::<PostError>(&missions[1], 1, &accounts, start, 365, now, &mut next, |p| {
                posts.push(p);
                Ok(())
            })
            .expect("posts");
            posts
        };
        let posts = generate();
        assert!((300..=360).contains(&posts.len()), "about 0.91 a day: {}", posts.len());
        assert_eq!(posts, generate(), "the same every run");
        for post in &posts {
            if post.state.is_approved() {
                assert_eq!(post.approved_content, Some(post.content_hash()));
                assert!(post.approvals.iter().all(|a| !post.contributors.contains(&a.user)));
            }
            if post.at < now {
                assert_eq!(post.state.as_str(), "published");
            }
            assert!(post.incomplete_languages().is_empty() || post.state == PostState::Draft);
        }
        // Every template was filled: no placeholder left, no isolation mark added.
        let texts = texts(Category::NationalOccasion, &missions[0].names, 7);
        assert!(texts.iter().all(|t| !t.contains("{ $") && !t.contains('\u{2068}')));
        assert!(texts[0].contains(&missions[0].names.ar));
    }
}
