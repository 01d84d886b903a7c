//! Spell-checking where people write. WebKitGTK has it off by default: it
//! is turned on for the web context with Diwan's three languages, checked
//! by Enchant with Debian's Hunspell dictionaries (`hunspell-ar`,
//! `hunspell-fr`, `hunspell-en-us`: set-up installs them, the package
//! declares them). Each field says its text's language and whether the
//! person wants it checked (`lang`, `spellcheck`; Settings turns it off).

use tauri::{Runtime, WebviewWindow};

/// Enchant's names of the dictionaries, in the order suggestions are asked.
pub const LANGUAGES: [&str; 3] = ["ar", "fr_FR", "en_US"];

/// Turns spell-checking on in the window's web context. Loading the three
/// dictionaries takes WebKitGTK's main thread about 0.7 s (measured with
/// `make bench-app`), so the window asks for it once its first screen is
/// drawn (`enable_spelling`) rather than the app before it opens.
pub fn enable<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
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
