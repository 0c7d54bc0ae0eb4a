// Every test process runs Payload without type generation and with a fixed secret.
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.AKITA_QUIET ??= '1'
