/**
 * What every feature shares and that depends on nothing of Jobdesk: the refusals the domain raises,
 * which web.ErrorPages turns into HTTP in one place, the words people read for enum constants
 * ({@link dev.jobdesk.domain.Labelled}), and reading what a cache keeps ({@link dev.jobdesk.domain.KeptValues}).
 */
package dev.jobdesk.domain;
