//! `diwan observances`: the Islamic observances, the host country's public
//! holidays and the ministry's home country's on a mission's days, as the
//! calendar shows them; `--home-country CC` (an administrator) sets the
//! home country.

use std::io::Write;

use clap::Args;
use diwan_core::UiLocale;

use super::Context;
use crate::error::CliError;

#[derive(Debug, Args)]
pub struct ObservancesArgs {
    /// The mission whose days these are (its host country's holidays)
    #[arg(long, required_unless_present_any = ["home_country", "import_days", "export_days"])]
    mission: Option<String>,
    /// The first day, YYYY-MM-DD
    #[arg(long, required_unless_present_any = ["home_country", "import_days", "export_days"])]
    from: Option<String>,
    /// The last day, YYYY-MM-DD (at most 400 days after --from)
    #[arg(long, required_unless_present_any = ["home_country", "import_days", "export_days"])]
    to: Option<String>,
    /// Replace the ministry's own list of days with this CSV file (date,kind,ar,fr,en; with --as, an administrator)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["mission", "from", "to", "home_country", "export_days"])]
    import_days: Option<std::path::PathBuf>,
    /// Print the ministry's own list of days as CSV
    #[arg(long, conflicts_with_all = ["mission", "from", "to", "home_country"])]
    export_days: bool,
    /// Set the ministry's home country instead (ISO 3166 code; with --as, an administrator)
    #[arg(long, value_name = "CC", conflicts_with_all = ["mission", "from", "to"])]
    home_country: Option<String>,
}

pub fn run(args: &ObservancesArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    if let Some(country) = &args.home_country {
        return Ok(ctx.open_signed_in()?.set_home_country(ctx.actor()?, country)?);
    }
    if let Some(file) = &args.import_days {
        let text = std::fs::read_to_string(file)
            .map_err(|e| diwan_api::ApiError::Io { path: file.display().to_string(), detail: e.to_string() })?;
        let count = ctx.open_signed_in()?.import_ministry_days_csv(ctx.actor()?, &text)?;
        let count = diwan_core::MessageArg::Number(i64::from(count));
        writeln!(
            std::io::stdout().lock(),
            "{}",
            ctx.localizer.message("cli-ministry-days-imported", &[("count", count)])
        )?;
        return Ok(());
    }
    if args.export_days {
        write!(std::io::stdout().lock(), "{}", ctx.open()?.export_ministry_days_csv()?)?;
        return Ok(());
    }
    let (Some(mission), Some(from), Some(to)) = (&args.mission, &args.from, &args.to) else {
        unreachable!("clap requires them without --home-country")
    };
    let found = ctx.open()?.observances(mission, from, to)?;
    if ctx.json {
        return crate::output::json(&found);
    }
    let mut out = std::io::stdout().lock();
    let locale = ctx.localizer.locale();
    for o in &found.observances {
        let name = match (&o.key, &o.names) {
            (Some(key), _) => ctx.localizer.message(&format!("observance-{key}"), &[]),
            (None, Some(names)) => match locale {
                UiLocale::Ar => names.ar.clone(),
                UiLocale::Fr => names.fr.clone(),
                UiLocale::En => names.en.clone(),
            },
            (None, None) => String::new(),
        };
        let layer = ctx.localizer.message(&format!("observance-layer-{}", o.layer), &[]);
        let national = if o.national { ctx.localizer.message("observance-national", &[]) } else { String::new() };
        let country = o.country.as_deref().or(o.kind.as_deref()).unwrap_or("");
        writeln!(out, "{}\t{}\t{layer}\t{country}\t{name}\t{national}", o.date, o.hijri)?;
    }
    Ok(())
}
