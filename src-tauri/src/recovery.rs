//! A window that comes back. WebKitGTK draws the page in a process of its
//! own; if that process dies (a crash in the graphics stack, the kernel's
//! out-of-memory killer), the window would stay blank until Diwan is
//! restarted. Instead the page is loaded again: drafts are autosaved and
//! every decision is in the database, so nothing is lost but the screen's
//! state. Why it ended is written on standard error, for the log.

use tauri::{Runtime, WebviewWindow};

/// Loads the window's page again whenever its process ends unasked.
pub fn reload_when_the_page_dies<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    window.with_webview(|webview| {
        #[cfg(target_os = "linux")]
        {
            use webkit2gtk::{WebProcessTerminationReason, WebViewExt};
            webview.inner().connect_web_process_terminated(|view, reason| {
                let why = match reason {
                    WebProcessTerminationReason::Crashed => "it crashed or was killed",
                    WebProcessTerminationReason::ExceededMemoryLimit => "it went over WebKit's memory limit",
                    // Diwan never ends it on purpose; if it ever does, it means it.
                    WebProcessTerminationReason::TerminatedByApi => return,
                    _ => "for a reason WebKit did not name",
                };
                eprintln!("Diwan: the window's page ended ({why}); loading it again");
                view.reload();
            });
        }
        #[cfg(not(target_os = "linux"))]
        let _ = webview;
    })
}
