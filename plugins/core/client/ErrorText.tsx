import React from 'react'

/** A problem the user must see, read out by screen readers; nothing when there is none. */
export const ErrorText = ({ children }: { children?: React.ReactNode }) =>
  children ? (
    <p role="alert" style={{ color: 'var(--theme-error-500, #b00020)' }}>
      {children}
    </p>
  ) : null
