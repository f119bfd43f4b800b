/**
 * What every feature shares and that depends on nothing of Jobdesk: the refusals the domain raises,
 * which web.ErrorPages turns into HTTP in one place, and the words people read for enum constants
 * ({@link dev.jobdesk.domain.Labelled}).
 */
package dev.jobdesk.domain;
