/**
 * What every feature shares and that depends on nothing of Jobdesk: the refusals the domain raises,
 * which web.ErrorPages turns into HTTP in one place.
 */
package dev.jobdesk.domain;
