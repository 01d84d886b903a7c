// Desktop notifications through Tauri's notification plugin. Permission is
// asked once, the first time there is something to tell; a refusal or a
// desktop without a notification service leaves the in-app notices alone.
import { isPermissionGranted, requestPermission, sendNotification } from '@tauri-apps/plugin-notification'

let allowed: boolean | null = null

export async function notifyDesktop(title: string, body: string): Promise<void> {
  try {
    if (allowed === null) {
      allowed = (await isPermissionGranted()) || (await requestPermission()) === 'granted'
    }
    if (allowed) sendNotification({ title, body })
  } catch {
    // No notification service (a bare X server, a locked-down desktop): the in-app notice is enough.
    allowed = false
  }
}
