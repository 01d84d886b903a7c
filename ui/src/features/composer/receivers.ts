// Which of a post's accounts receive one language's text: those that post
// in it, or every one of the post's accounts when none does (they then get
// the source, as the core's limit checks assume).
import type { AccountDto } from '../../lib/bindings'

export function receiversOf(all: AccountDto[], postAccounts: number[], language: string): AccountDto[] {
  const theirs = all.filter((a) => postAccounts.includes(a.id))
  const inLanguage = theirs.filter((a) => a.languages.includes(language))
  return inLanguage.length > 0 ? inLanguage : theirs
}
