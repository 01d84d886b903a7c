//! `diwan post`: plan, translate, submit, approve, reject and publish posts.

use clap::Subcommand;
use diwan_api::dto::{NewPostDto, PostEditDto};

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum PostCommand {
    /// Start a post (as a drafter)
    Add {
        #[arg(long)]
        mission: String,
        /// Account ids, comma-separated
        #[arg(long, value_delimiter = ',', required = true)]
        accounts: Vec<i64>,
        #[arg(long)]
        category: String,
        /// The source language
        #[arg(long = "lang-source", alias = "source", default_value = "ar")]
        source: String,
        /// More languages, comma-separated (the accounts' languages are added)
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        /// Local time in the mission's zone: "YYYY-MM-DD HH:MM"
        #[arg(long)]
        at: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        crisis: bool,
    },
    /// Change a post's text (of one language), time or accounts
    Edit {
        id: i64,
        /// Which language's text (default: the source)
        #[arg(long = "language")]
        language: Option<String>,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        at: Option<String>,
        #[arg(long, value_delimiter = ',')]
        accounts: Option<Vec<i64>>,
    },
    /// Hand on to translation or review
    Submit { id: i64 },
    /// Approve the current step (or every step, with --fast-track, in a crisis)
    Approve {
        id: i64,
        #[arg(long)]
        fast_track: bool,
    },
    /// Send back to the drafter with a reason
    Reject {
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Put an approved post in the publishing queue
    Schedule { id: i64 },
    /// Record the published post's URL
    Publish {
        id: i64,
        #[arg(long)]
        url: String,
    },
    /// Show a post with its variants, approvals and warnings
    Show { id: i64 },
    /// Mark a translation done after its quality checks (as a translator)
    Done {
        id: i64,
        #[arg(long = "language")]
        language: String,
        /// Accept the checks that fail, saying why (kept for the supervisor)
        #[arg(long = "override", value_name = "REASON")]
        override_reason: Option<String>,
    },
}

pub fn run(command: PostCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    let post = match command {
        PostCommand::Add { mission, accounts, category, source, languages, at, text, note, crisis } => {
            let input = NewPostDto {
                mission,
                accounts,
                category,
                source_language: source,
                languages,
                local_time: at,
                text,
                note,
                crisis_priority: crisis,
                template: None,
            };
            diwan.create_post(ctx.actor()?, input)?
        }
        PostCommand::Edit { id, language, text, at, accounts } => diwan.edit_post(
            ctx.actor()?,
            id,
            PostEditDto { language, text, local_time: at, accounts, template: None },
        )?,
        PostCommand::Submit { id } => diwan.submit_post(ctx.actor()?, id)?,
        PostCommand::Approve { id, fast_track } => diwan.approve_post(ctx.actor()?, id, fast_track)?,
        PostCommand::Reject { id, reason } => diwan.reject_post(ctx.actor()?, id, &reason)?,
        PostCommand::Schedule { id } => diwan.schedule_post(ctx.actor()?, id)?,
        PostCommand::Publish { id, url } => diwan.publish_post(ctx.actor()?, id, &url)?,
        // With --as, the post says what that person may do with it.
        PostCommand::Show { id } => diwan.post_for(id, ctx.actor.as_deref())?,
        PostCommand::Done { id, language, override_reason } => {
            match diwan.mark_translated(ctx.actor()?, id, &language, override_reason.as_deref()) {
                Ok(post) => post,
                Err(error) => {
                    // The failed checks, each with what is wrong and where.
                    if let Some(issues) = error.qa_issues() {
                        output::qa_issues(&issues, ctx.json, ctx.localizer)?;
                    }
                    return Err(error.into());
                }
            }
        }
    };
    output::post(&post, ctx.json)
}
