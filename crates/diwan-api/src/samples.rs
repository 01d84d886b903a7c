//! Sample missions for a first look at the app: real kinds of post, real
//! time zones on both sides of the Mediterranean and beyond.

use diwan_core::{MissionNames, NewMission};

fn sample(
    code: &str,
    [ar, fr, en]: [&str; 3],
    kind: &str,
    country: &str,
    zone: &str,
    languages: &[&str],
) -> NewMission {
    NewMission {
        code: code.into(),
        names: MissionNames { ar: ar.into(), fr: fr.into(), en: en.into() },
        kind: kind.into(),
        host_country: country.into(),
        time_zone: zone.into(),
        working_languages: languages.iter().map(|&l| l.to_owned()).collect(),
    }
}

pub(crate) fn missions() -> Vec<NewMission> {
    vec![
        sample(
            "DZ-FR-PAR",
            ["سفارة الجزائر في فرنسا", "Ambassade d'Algérie en France", "Embassy of Algeria in France"],
            "embassy",
            "FR",
            "Europe/Paris",
            &["ar", "fr", "en"],
        ),
        sample(
            "IQ-CN-PEK",
            [
                "سفارة جمهورية العراق في الصين",
                "Ambassade de la République d'Irak en Chine",
                "Embassy of the Republic of Iraq in China",
            ],
            "embassy",
            "CN",
            "Asia/Shanghai",
            &["ar", "zh", "en"],
        ),
        sample(
            "DZ-CH-GVA",
            [
                "البعثة الدائمة للجزائر لدى الأمم المتحدة في جنيف",
                "Mission permanente de l'Algérie auprès de l'Office des Nations unies à Genève",
                "Permanent Mission of Algeria to the United Nations Office at Geneva",
            ],
            "permanent-representation",
            "CH",
            "Europe/Zurich",
            &["ar", "fr", "en"],
        ),
        sample(
            "IQ-US-DTW",
            [
                "القنصلية العامة لجمهورية العراق في ديترويت",
                "Consulat général d'Irak à Détroit",
                "Consulate General of Iraq in Detroit",
            ],
            "consulate",
            "US",
            "America/Detroit",
            &["ar", "en"],
        ),
    ]
}
