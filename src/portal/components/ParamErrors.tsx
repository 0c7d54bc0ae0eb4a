import type { ErrorItem } from '@akita-dx/plugin-core'

import React from 'react'

import { PARAM_LABELS } from '../query'

/** The API's refusal of a query, each problem with the Japanese name of its field. */
export const ParamErrors = ({ errors, title }: { errors: ErrorItem[]; title: string }) => (
  <div className="errors" role="alert">
    <p>{title}</p>
    <ul>
      {errors.map((e) => (
        <li key={`${e.field}:${e.message}`}>
          {e.field ? `${PARAM_LABELS[e.field] ?? e.field}：` : ''}
          {e.message}
        </li>
      ))}
    </ul>
  </div>
)
