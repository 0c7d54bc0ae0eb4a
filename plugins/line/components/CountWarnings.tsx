'use client'
import React from 'react'

/** LINE's small-audience warnings beside a recipient count (the count endpoint's `warnings`). */
export const CountWarnings = ({ compact = false, warnings }: { compact?: boolean; warnings: { code: string; message: string }[] }) =>
  warnings.map((w) => (
    <div
      key={w.code}
      role="alert"
      style={{
        background: '#fff4d6',
        borderRadius: 4,
        color: '#5c4400',
        marginTop: compact ? 4 : 6,
        padding: compact ? '4px 8px' : '6px 10px',
      }}
    >
      ⚠ {w.message}
    </div>
  ))
