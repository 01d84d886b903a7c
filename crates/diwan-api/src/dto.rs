//! Data that crosses to a front end, one module per domain. Converted by
//! hand from core types so the core never learns about serde or TypeScript;
//! conversions destructure the core value, so a field added in the core
//! breaks the build until it is mapped. `bindings.ts` in the UI is generated
//! from these types (see the `bindings` test).

mod account;
mod audit;
mod calendar;
mod crisis;
mod error;
mod hub;
mod mission;
mod notes;
mod observance;
mod people;
mod policy;
mod post;
mod publishing;
mod report;
mod review;
mod text;
mod translation;

use ts_rs::TS;

pub use account::*;
pub use audit::*;
pub use calendar::*;
pub use crisis::*;
pub use error::*;
pub use hub::*;
pub use mission::*;
pub use notes::*;
pub use observance::*;
pub use people::*;
pub use policy::*;
pub use post::*;
pub use publishing::*;
pub use report::*;
pub use review::*;
pub use text::*;
pub use translation::*;

pub use crate::names::{
    CategoryName, DigitsName, LayerName, MissionKindName, PlatformName, PostStateName, QaCheckName, ResolutionName,
    RoleName, TranslationNeedName, VariantStateName, WorkspaceName,
};

/// The TypeScript declarations of every DTO, as committed in
/// `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> String {
    // Ids are i64 in Rust but far below 2^53, and serde_json writes them as
    // JSON numbers: `number` is what the UI actually receives.
    let cfg = ts_rs::Config::new().with_large_int("number");
    let declarations = [
        AppInfoDto::decl(&cfg),
        AccountDto::decl(&cfg),
        PostStateName::decl(&cfg),
        CategoryName::decl(&cfg),
        PlatformName::decl(&cfg),
        RoleName::decl(&cfg),
        WorkspaceName::decl(&cfg),
        DigitsName::decl(&cfg),
        MissionKindName::decl(&cfg),
        LayerName::decl(&cfg),
        VariantStateName::decl(&cfg),
        TranslationNeedName::decl(&cfg),
        QaCheckName::decl(&cfg),
        QueueFilterDto::decl(&cfg),
        QueueItemDto::decl(&cfg),
        TranslationQueueDto::decl(&cfg),
        DiffChangeDto::decl(&cfg),
        DiffPartDto::decl(&cfg),
        MemoryMatchDto::decl(&cfg),
        SegmentMatchesDto::decl(&cfg),
        GlossaryHitDto::decl(&cfg),
        QaIssueDto::decl(&cfg),
        QaOverrideDto::decl(&cfg),
        TranslationItemDto::decl(&cfg),
        MemoryHitDto::decl(&cfg),
        TermDto::decl(&cfg),
        ImportReportDto::decl(&cfg),
        XliffImportDto::decl(&cfg),
        ReviewItemDto::decl(&cfg),
        ReviewQueueDto::decl(&cfg),
        ChangesSinceDto::decl(&cfg),
        LanguageDiffDto::decl(&cfg),
        ApprovalOutcomeDto::decl(&cfg),
        AuditFilterDto::decl(&cfg),
        AuditEventDto::decl(&cfg),
        AuditLogDto::decl(&cfg),
        ProgressDto::decl(&cfg),
        UpgradeStageName::decl(&cfg),
        UpgradeDto::decl(&cfg),
        UpgradedDto::decl(&cfg),
        SyncReportDto::decl(&cfg),
        HubStatusDto::decl(&cfg),
        ObservanceDto::decl(&cfg),
        ObservancesDto::decl(&cfg),
        HijriDayDto::decl(&cfg),
        MinistryDayDto::decl(&cfg),
        ReportRequestDto::decl(&cfg),
        CountsDto::decl(&cfg),
        PeriodDto::decl(&cfg),
        BreakdownRowDto::decl(&cfg),
        BreakdownDto::decl(&cfg),
        LanguageShareDto::decl(&cfg),
        CoverageDto::decl(&cfg),
        ApprovalTimesDto::decl(&cfg),
        ReportPostDto::decl(&cfg),
        EngagementPostDto::decl(&cfg),
        EngagementLanguageDto::decl(&cfg),
        ReportDto::decl(&cfg),
        EngagementImportDto::decl(&cfg),
        RefusedChangeDto::decl(&cfg),
        PolicyDto::decl(&cfg),
        ResolutionName::decl(&cfg),
        CrisisDto::decl(&cfg),
        PausedPostDto::decl(&cfg),
        NewCrisisDto::decl(&cfg),
        EndCrisisDto::decl(&cfg),
        PostResolutionDto::decl(&cfg),
        PolicyInputDto::decl(&cfg),
        VocabularyDto::decl(&cfg),
        PlaceDto::decl(&cfg),
        PreferencesDto::decl(&cfg),
        SessionDto::decl(&cfg),
        BackupSettingsDto::decl(&cfg),
        LinkDto::decl(&cfg),
        DueDto::decl(&cfg),
        DuePostDto::decl(&cfg),
        DueTextDto::decl(&cfg),
        DueMediaDto::decl(&cfg),
        HeldPostDto::decl(&cfg),
        UserDto::decl(&cfg),
        RoleDto::decl(&cfg),
        CommentDto::decl(&cfg),
        TemplateDto::decl(&cfg),
        MediaDto::decl(&cfg),
        NewAccountDto::decl(&cfg),
        NewPostDto::decl(&cfg),
        PostEditDto::decl(&cfg),
        VariantDto::decl(&cfg),
        ApprovalDto::decl(&cfg),
        WarningDto::decl(&cfg),
        AbilityDto::decl(&cfg),
        PostAbilitiesDto::decl(&cfg),
        PostDto::decl(&cfg),
        CalendarPostDto::decl(&cfg),
        CalendarDto::decl(&cfg),
        CalendarWarningDto::decl(&cfg),
        BlackoutDto::decl(&cfg),
        NewBlackoutDto::decl(&cfg),
        CalendarRequestDto::decl(&cfg),
        ScheduleFormat::decl(&cfg),
        ScheduleExportDto::decl(&cfg),
        CountDto::decl(&cfg),
        EntityDto::decl(&cfg),
        NamesDto::decl(&cfg),
        MissionDto::decl(&cfg),
        NewMissionDto::decl(&cfg),
        ArgDto::decl(&cfg),
        ErrorDto::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust DTOs in crates/diwan-api/src/dto.rs: do not edit.\n\
         // Regenerate with `make bindings`; a test fails when this file is stale.\n",
    );
    for declaration in declarations {
        out.push_str("\nexport ");
        out.push_str(&declaration);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn committed_typescript_bindings_match_the_rust_types() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let generated = typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write bindings");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/lib/bindings.ts is stale: run `make bindings` and commit it.\n--- generated ---\n{generated}"
        );
    }
}
