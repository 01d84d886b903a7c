//! `diwan demo`: realistic sample data in Arabic, French and English.
//!
//! `small` is the sample missions with a month either side of today, every
//! post taken through the real workflow (so the audit trail is real too).
//! `ministry` is 300 missions × 5 accounts × 10 years, about a million posts
//! with three language variants each, written in one transaction for the
//! benchmarks; its history is one audit event, `demo.generated`.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use diwan_core::account::{AccountId, NewAccount};
use diwan_core::audit::NewAuditEvent;
use diwan_core::calendar::{local_to_utc, Blackout};
use diwan_core::platform::Platform;
use diwan_core::post::{Approval, Category, NewPost, Post, PostId, PostState};
use diwan_core::text::fill_template;
use diwan_core::user::{Role, User, UserName};
use diwan_core::{LanguageCode, Mission, MissionCode, MissionKind, MissionNames, NewMission};

use crate::{samples, ApiError, Diwan};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Small,
    Ministry,
}

/// What a demo run added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoReport {
    pub missions: u64,
    pub accounts: u64,
    pub users: u64,
    pub posts: u64,
}

/// One post text per category in ar, fr and en. `{ $mission }` is the
/// mission's name in that language, `{ $n }` a running number.
const TEMPLATES: [(Category, [&str; 3]); 9] = [
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
const ZONES: [&str; 24] = [
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

const DEMO_USERS: [(&str, &str, &[Role]); 5] = [
    ("karim", "Karim Benali", &[Role::Drafter]),
    ("lina", "Lina Haddad", &[Role::Translator]),
    ("samir", "Samir Ouali", &[Role::Supervisor]),
    ("nadia", "Nadia Mansour", &[Role::Supervisor]),
    ("amina", "Amina Belkacem", &[Role::Admin]),
];

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).unwrap_or_else(|| unreachable!("demo language codes are valid"))
}

fn texts(category: Category, mission: &MissionNames, n: u64) -> [String; 3] {
    let (_, templates) = TEMPLATES.iter().find(|(c, _)| *c == category).unwrap_or(&TEMPLATES[0]);
    let number = n.to_string();
    let names = [&mission.ar, &mission.fr, &mission.en];
    std::array::from_fn(|i| fill_template(templates[i], &[("mission", names[i]), ("n", &number)]))
}

/// A cheap, repeatable mix of bits, so the demo is the same on every run.
fn mix(a: u64, b: u64) -> u64 {
    let mut x = a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.wrapping_add(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 29)
}

fn demo_users(missions: &[MissionCode]) -> Result<Vec<User>, ApiError> {
    DEMO_USERS
        .iter()
        .map(|(name, display, roles)| {
            let mut user = User::new(UserName::parse(name)?, display);
            for mission in missions {
                for role in *roles {
                    user.grant(mission.clone(), *role);
                }
            }
            Ok(user)
        })
        .collect()
}

impl Diwan {
    pub fn demo(&mut self, scale: Scale, progress: &mut dyn FnMut(u64, u64)) -> Result<DemoReport, ApiError> {
        match scale {
            Scale::Small => self.demo_small(progress),
            Scale::Ministry => self.demo_ministry(progress),
        }
    }

    /// The sample missions, their accounts, five people, and a month either
    /// side of today driven through the real workflow.
    fn demo_small(&mut self, progress: &mut dyn FnMut(u64, u64)) -> Result<DemoReport, ApiError> {
        let mut report = DemoReport::default();
        let mut codes = Vec::new();
        for sample in samples::missions() {
            let mission = sample.validate()?;
            if self.store.read().mission(&mission.code)?.is_none() {
                self.store.insert_mission(&mission, self.now())?;
                report.missions += 1;
            }
            codes.push(mission.code);
        }
        let now = self.now();
        let users = demo_users(&codes)?;
        self.store.write(|w| {
            for user in &users {
                if w.read().user(&user.name)?.is_none() {
                    w.insert_user(user, now)?;
                    report.users += 1;
                }
            }
            for code in &codes {
                if !w.read().accounts(Some(code))?.is_empty() {
                    continue;
                }
                let platforms: &[Platform] = if code.as_str().contains("-CN-") {
                    &[Platform::Weibo, Platform::X, Platform::Linkedin]
                } else {
                    &[Platform::X, Platform::Facebook, Platform::Instagram, Platform::Telegram]
                };
                for platform in platforms {
                    let handle =
                        format!("{}_{}", code.as_str().to_ascii_lowercase().replace('-', "_"), platform.as_str());
                    w.insert_account(&NewAccount {
                        mission: code.clone(),
                        platform: *platform,
                        handle,
                        languages: vec!["ar".into(), "fr".into(), "en".into()],
                        limit_override: None,
                    })?;
                    report.accounts += 1;
                }
            }
            w.append_audit(NewAuditEvent {
                at: now,
                actor: "system".into(),
                action: "demo.set-up".into(),
                subject: "demo:small".into(),
                before: None,
                after: None,
                detail: format!("{} missions, {} accounts, {} users", report.missions, report.accounts, report.users),
            })?;
            Ok::<_, ApiError>(())
        })?;

        // A month either side of today, one post a day per mission at 10:00
        // local, each as far through the workflow as its date suggests.
        let today = now.date_naive();
        let total = codes.len() as u64 * 61;
        let mut done = 0;
        for code in &codes {
            let mission =
                self.store.read().mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
            let accounts: Vec<i64> = self.store.read().accounts(Some(code))?.iter().map(|a| a.id.0).collect();
            for offset in -30i64..=30 {
                done += 1;
                progress(done, total);
                let day = today + Duration::days(offset);
                let n = mix(u64::try_from(offset + 100).unwrap_or(0), code.as_str().len() as u64);
                let category = Category::ALL[(n % 9) as usize];
                let [ar, fr, en] = texts(category, &mission.names, day.ordinal().into());
                let targets = vec![accounts[(n as usize) % accounts.len()]];
                let id = self
                    .create_post(
                        "karim",
                        crate::dto::NewPostDto {
                            mission: code.to_string(),
                            accounts: targets,
                            category: category.as_str().into(),
                            source_language: "ar".into(),
                            languages: vec!["fr".into(), "en".into()],
                            local_time: format!("{day} 10:00"),
                            text: ar,
                            note: None,
                            crisis_priority: category == Category::Crisis,
                        },
                    )?
                    .id;
                report.posts += 1;
                // Past posts went out, but a few of the last days' are still in
                // review: overdue, and flagged as such.
                let stage = match offset {
                    -3..=-1 if n % 3 == 0 => 2,
                    ..=-1 => 6,
                    _ => (n % 6) as i64,
                };
                if stage >= 1 {
                    self.edit_post(
                        "lina",
                        id,
                        crate::dto::PostEditDto { language: Some("fr".into()), text: Some(fr), ..Default::default() },
                    )?;
                    self.edit_post(
                        "lina",
                        id,
                        crate::dto::PostEditDto { language: Some("en".into()), text: Some(en), ..Default::default() },
                    )?;
                }
                if stage >= 2 {
                    self.submit_post("karim", id)?;
                }
                if stage >= 3 {
                    self.approve_post("samir", id, false)?;
                    if matches!(category, Category::Protocol | Category::CounterDisinformation | Category::Crisis) {
                        self.approve_post("nadia", id, false)?;
                    }
                }
                if stage >= 4 {
                    self.schedule_post("karim", id)?;
                }
                if stage >= 6 {
                    self.publish_post(
                        "karim",
                        id,
                        &format!("https://example.org/{}/{id}", code.as_str().to_ascii_lowercase()),
                    )?;
                }
            }
        }
        // A week of national mourning next month in Paris shows the blackout rule.
        let paris = MissionCode::parse("DZ-FR-PAR")?;
        let start = local_to_utc(chrono_tz::Europe::Paris, (today + Duration::days(12)).and_time(NaiveTime::MIN))?;
        self.store.write(|w| {
            w.add_blackout(&Blackout {
                mission: paris,
                start,
                end: start + Duration::days(3),
                reason: "حداد وطني — deuil national".into(),
            })?;
            Ok::<_, ApiError>(())
        })?;
        Ok(report)
    }

    /// 300 missions × 5 accounts × 10 years, in one transaction.
    fn demo_ministry(&mut self, progress: &mut dyn FnMut(u64, u64)) -> Result<DemoReport, ApiError> {
        const MISSIONS: usize = 300;
        const YEARS: i32 = 10;
        let now = self.now();
        let end = now.date_naive();
        let start = NaiveDate::from_ymd_opt(end.year() - YEARS, end.month(), 1).unwrap_or(end);
        let days = u64::try_from((end - start).num_days()).unwrap_or(0);
        let countries: Vec<&str> = diwan_core::country_codes().iter().filter(|c| **c != "DZ").copied().collect();
        let platforms = [Platform::X, Platform::Facebook, Platform::Instagram, Platform::Linkedin, Platform::Telegram];
        let languages = [lang("ar"), lang("fr"), lang("en")];

        let missions: Vec<Mission> = (0..MISSIONS)
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
            .collect::<Result<_, _>>()?;
        let codes: Vec<MissionCode> = missions.iter().map(|m| m.code.clone()).collect();
        let users = demo_users(&codes)?;
        let samir = UserName::parse("samir")?;
        let nadia = UserName::parse("nadia")?;
        let karim = UserName::parse("karim")?;
        let lina = UserName::parse("lina")?;
        let total = days * MISSIONS as u64;

        self.store.write(|w| {
            let mut report = DemoReport::default();
            for mission in &missions {
                w.insert_mission(mission, now)?;
                report.missions += 1;
            }
            for user in &users {
                w.insert_user(user, now)?;
                report.users += 1;
            }
            let mut next_post = w.next_post_id()?.0;
            let mut done = 0;
            for (m, mission) in missions.iter().enumerate() {
                let mut account_ids = Vec::new();
                for platform in platforms {
                    let account = w.insert_account(&NewAccount {
                        mission: mission.code.clone(),
                        platform,
                        handle: format!(
                            "dz_{}_{m:03}_{}",
                            mission.host_country.as_str().to_ascii_lowercase(),
                            platform.as_str()
                        ),
                        languages: vec!["ar".into(), "fr".into(), "en".into()],
                        limit_override: None,
                    })?;
                    account_ids.push(account.id);
                    report.accounts += 1;
                }
                let zone: Tz = mission.time_zone;
                for d in 0..days {
                    done += 1;
                    if done % 10_000 == 0 {
                        progress(done, total);
                    }
                    let bits = mix(m as u64, d);
                    // About 0.91 posts a day per mission: ~1 M over 10 years.
                    if bits % 100 >= 91 {
                        continue;
                    }
                    let day = start + Duration::days(i64::try_from(d).unwrap_or(0));
                    let time = NaiveTime::from_hms_opt(8 + u32::try_from((bits >> 8) % 11).unwrap_or(0), 0, 0)
                        .unwrap_or(NaiveTime::MIN);
                    let Ok(at) = local_to_utc(zone, day.and_time(time)) else { continue };
                    let category = Category::ALL[((bits >> 16) % 9) as usize];
                    let [ar, fr, en] = texts(category, &mission.names, d);
                    let mut targets = BTreeSet::from([account_ids[((bits >> 24) % 5) as usize]]);
                    if bits & (1 << 40) != 0 {
                        targets.insert(account_ids[((bits >> 32) % 5) as usize]);
                    }
                    let post = ministry_post(
                        PostId(next_post),
                        mission,
                        zone,
                        targets,
                        category,
                        at,
                        now,
                        [ar, fr, en],
                        &languages,
                        bits,
                        [&karim, &lina, &samir, &nadia],
                    )?;
                    next_post += 1;
                    w.insert_post(&post, now)?;
                    report.posts += 1;
                }
            }
            progress(total, total);
            w.append_audit(NewAuditEvent {
                at: now,
                actor: "system".into(),
                action: "demo.generated".into(),
                subject: "demo:ministry".into(),
                before: None,
                after: None,
                detail: format!("{} missions, {} accounts, {} posts", report.missions, report.accounts, report.posts),
            })?;
            Ok(report)
        })
    }
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
) -> Result<Post, ApiError> {
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
        let source = diwan_core::hash::Hasher::new().field("source").field(post.source_text()).finish();
        for (language, text) in [(&languages[1], fr), (&languages[2], en)] {
            post.variants.insert(language.clone(), diwan_core::post::Variant { text, translated_from: Some(source) });
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
