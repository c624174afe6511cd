namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Dovecot 2.3 configuration text for <see cref="DovecotServer"/>; each setting that looks odd is a recipe pitfall.</summary>
internal static class DovecotConfig
{
    public static string Render(string root, int imapPort, int imapsPort, string mailUid, string mailGid, bool asRoot, bool oauth2)
    {
        var user = Environment.UserName;
        var internalUser = asRoot ? "dovecot" : user;
        var loginUser = asRoot ? "dovenull" : user;
        var loginChroot = asRoot ? "login" : ""; // chroot needs root
        var mechanisms = oauth2 ? "plain login xoauth2 oauthbearer" : "plain login";
        var oauthPassdb = oauth2
            ? $$"""
              passdb {
                driver = oauth2
                # without this restriction passwords would be sent to the introspection endpoint
                mechanisms = xoauth2 oauthbearer
                args = {{root}}/oauth2.ext
              }
              """
            : "";
        return $$"""
            base_dir = {{root}}/run
            state_dir = {{root}}/state
            instance_name = oli-{{imapPort}}
            protocols = imap
            listen = 127.0.0.1
            default_internal_user = {{internalUser}}
            default_internal_group = {{internalUser}}
            default_login_user = {{loginUser}}
            first_valid_uid = {{mailUid}}
            last_valid_uid = {{mailUid}}
            log_path = {{root}}/log/dovecot.log
            info_log_path = {{root}}/log/dovecot.log
            auth_verbose = yes
            # the default 2 s delay plus the anvil penalty make wrong-password tests take ~14 s
            auth_failure_delay = 0
            mail_max_userip_connections = 100
            auth_mechanisms = {{mechanisms}}
            disable_plaintext_auth = yes
            ssl = yes
            ssl_cert = <{{root}}/certs/cert.pem
            ssl_key = <{{root}}/certs/key.pem
            ssl_min_protocol = TLSv1.2
            ssl_dh = </usr/share/dovecot/dh.pem
            passdb {
              driver = passwd-file
              mechanisms = plain login
              args = scheme=PLAIN username_format=%n {{root}}/users.passwd
            }
            {{oauthPassdb}}
            userdb {
              driver = static
              args = uid={{mailUid}} gid={{mailGid}} home={{root}}/mail/%n
            }
            mail_location = maildir:~/Maildir
            mail_fsync = never
            # special_use applies only to folders that exist: users create the ones they have, so the
            # second user has "Entwürfe" and "Gesendete Elemente" but no "Drafts" or "Sent".
            namespace inbox {
              inbox = yes
              separator = /
              mailbox Drafts {
                special_use = \Drafts
              }
              mailbox Sent {
                special_use = \Sent
              }
              mailbox Entwürfe {
                special_use = \Drafts
              }
              mailbox "Gesendete Elemente" {
                special_use = \Sent
              }
            }
            service imap-login {
              chroot = {{loginChroot}}
              inet_listener imap {
                address = 127.0.0.1
                port = {{imapPort}}
              }
              inet_listener imaps {
                address = 127.0.0.1
                port = {{imapsPort}}
                ssl = yes
              }
            }
            service anvil {
              chroot =
              unix_listener anvil-auth-penalty {
                mode = 0
              }
            }
            """;
    }

    /// <summary>The oauth2 passdb settings: recipe pitfalls 1 (username attribute) and 4 (timeout) handled.</summary>
    public static string OAuth2Ext(string introspectionUrl) => $"""
        introspection_url = {introspectionUrl}
        introspection_mode = post
        username_attribute = username
        active_attribute = active
        active_value = true
        timeout_msecs = 5000

        """;
}
