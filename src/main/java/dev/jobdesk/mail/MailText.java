package dev.jobdesk.mail;

import dev.jobdesk.account.UserAccount;

/** The words around every mail: who it is for, and how to stop it. */
final class MailText {

    private MailText() {
    }

    static String of(UserAccount to, String text, String companyName, String publicUrl) {
        return "Hello " + to.displayName + ",\n\n" + text + "\n\n-- \nJobdesk at " + companyName
                + ". You get this mail because you work on job postings there; turn it off on your account page: "
                + publicUrl + "/account\n";
    }
}
