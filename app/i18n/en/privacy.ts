export const privacy = {
  identifying: 'This looks like a name, phone number, e-mail address or address. Please leave it out: everyone can read this.',
};
