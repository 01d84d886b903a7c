import { describe, expect, it } from 'vitest'

import type { AccountDto } from '../../lib/bindings'
import { receiversOf } from './receivers'

const account = (id: number, languages: string[]) => ({ id, languages }) as unknown as AccountDto

describe('receiversOf', () => {
  const all = [account(1, ['ar', 'fr']), account(2, ['en']), account(3, ['fr'])]

  it('keeps the post’s accounts that post in the language', () => {
    expect(receiversOf(all, [1, 2], 'fr').map((a) => a.id)).toEqual([1])
  })

  it('gives every one of the post’s accounts when none posts in it', () => {
    expect(receiversOf(all, [2, 3], 'ar').map((a) => a.id)).toEqual([2, 3])
  })
})
