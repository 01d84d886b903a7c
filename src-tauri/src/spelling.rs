//! Spell-checking where people write. WebKitGTK has it off by default: it
//! is turned on for the web context with Diwan's three languages, checked
//! by Enchant with Debian's Hunspell dictionaries (`hunspell-ar`,
//! `hunspell-fr`, `hunspell-en-us`: set-up installs them, the package
//! declares them). Each field says its text's language and whether the
//! person wants it checked (`lang`, `spellcheck`; Settings turns it off).

use tauri::{App, Manager, Runtime};

/// Enchant's names of the dictionaries, in the order suggestions are asked.
pub const LANGUAGES: [&str; 3] = ["ar", "fr_FR", "en_US"];

/// Turns spell-checking on in the main window's web context.
pub fn enable<R: Runtime>(app: &App<R>) -> tauri::Result<()> {
    let Some(window) = app.get_webview_window("main") else {
        return Ok(());
    };
    window.with_webview(|webview| {
        #[cfg(target_os = "linux")]
        {
            use webkit2gtk::{WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_spell_checking_enabled(true);
                context.set_spell_checking_languages(&LANGUAGES);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = webview;
    })
}
