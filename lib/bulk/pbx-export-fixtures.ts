// Exports as the PBX tools write them, for the unit and browser tests of pbx-formats. The
// FreePBX header is the Bulk Handler's real extensions export (FreePBX 15+, chan_pjsip era),
// column for column; its rows fill the columns we ignore with that export's usual defaults.
import Papa from "papaparse";

export const FREEPBX_EXPORT_HEADER = (
  "extension,password,name,voicemail,ringtimer,noanswer,recording,outboundcid,sipname,noanswer_cid,busy_cid,chanunavail_cid,noanswer_dest," +
  "busy_dest,chanunavail_dest,mohclass,id,tech,dial,devicetype,user,description,emergency_cid,hint_override,cwtone,recording_in_external," +
  "recording_out_external,recording_in_internal,recording_out_internal,recording_ondemand,recording_priority,answermode,intercom,cid_masquerade," +
  "concurrency_limit,devicedata,accountcode,aggregate_mwi,allow,avpf,bundle,callerid,context,defaultuser,device_state_busy_at,direct_media," +
  "disallow,dtmfmode,force_callerid,force_rport,icesupport,mailbox,match,max_audio_streams,max_contacts,max_video_streams,maximum_expiration," +
  "md5_cred,media_address,media_encryption,media_encryption_optimistic,media_use_received_transport,message_context,minimum_expiration," +
  "mwi_subscription,namedcallgroup,namedpickupgroup,outbound_auth,outbound_proxy,qualifyfreq,refer_blind_progress,remove_existing," +
  "rewrite_contact,rtcp_mux,rtp_symmetric,rtp_timeout,rtp_timeout_hold,secret,send_connected_line,sendrpid,sipdriver,timers,timers_min_se," +
  "transport,trustrpid,user_eq_phone,vmexten,webrtc,callwaiting_enable,voicemail_enable,voicemail_vmpwd,voicemail_email,voicemail_pager," +
  "voicemail_options,voicemail_same_exten,disable_star_voicemail,vmx_unavail_enabled,vmx_busy_enabled,vmx_temp_enabled,vmx_play_instructions," +
  "vmx_option_0_number,vmx_option_1_number,vmx_option_2_number"
).split(",");

export interface FreePbxExtension {
  extension: string;
  /** The User Control Panel password, not the SIP one. */
  password: string;
  name: string;
  description: string;
  tech: string;
  secret: string;
}

const DEFAULTS: Record<string, (e: FreePbxExtension) => string> = {
  voicemail: () => "novm",
  ringtimer: () => "0",
  recording: () => "",
  mohclass: () => "default",
  id: (e) => e.extension,
  dial: (e) => `${e.tech.toUpperCase()}/${e.extension}`,
  devicetype: () => "fixed",
  user: (e) => e.extension,
  cwtone: () => "disabled",
  recording_in_external: () => "dontcare",
  recording_out_external: () => "dontcare",
  recording_ondemand: () => "disabled",
  recording_priority: () => "10",
  callerid: (e) => `${e.name} <${e.extension}>`,
  context: () => "from-internal",
  dtmfmode: () => "rfc4733",
  mailbox: (e) => `${e.extension}@device`,
  max_contacts: () => "1",
  sipdriver: () => "chan_pjsip",
  transport: () => "0.0.0.0-udp",
  callwaiting_enable: () => "ENABLED",
};

/** A full Bulk Handler export (every column), one line per extension. */
export function freePbxExport(extensions: readonly FreePbxExtension[]): string {
  const rows = extensions.map((e) =>
    FREEPBX_EXPORT_HEADER.map((column) => (column in e ? e[column as keyof FreePbxExtension] : (DEFAULTS[column]?.(e) ?? ""))),
  );
  return Papa.unparse([FREEPBX_EXPORT_HEADER, ...rows], { newline: "\r\n" }) + "\r\n";
}

export const FREEPBX_SHORT = `extension,name,description,tech,secret
201,Ann Lee,,pjsip,Ann-sip-201!
202,Bo Chen,Front desk,sip,REGEN
203,Fax line,,iax2,Fax-203-pass
`;

export const FUSIONPBX_EXPORT = `extension_uuid,domain_uuid,extension,number_alias,password,accountcode,effective_caller_id_name,effective_caller_id_number,outbound_caller_id_name,user_context,description,enabled
0f5c1c52-1a77-4d2b-9c11-3b7e2a0e1a01,6e3d7f1e-52a8-4c0e-8f56-0b8b7e2d1c33,301,,Fusion-301-pw,example.com,Carla Diaz,301,,example.com,,true
0f5c1c52-1a77-4d2b-9c11-3b7e2a0e1a02,6e3d7f1e-52a8-4c0e-8f56-0b8b7e2d1c33,302,,Fusion-302-pw,example.com,Dev Patel,302,,example.com,Warehouse,false
`;

export const PJSIP_CONF = `; pjsip.conf as FreePBX or a hand-written setup leaves it
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[desk-tpl](!)        ; a template: not an endpoint itself
type=endpoint
context=from-internal
disallow=all
allow=ulaw

[401](desk-tpl)
auth=401-auth
aors=401
callerid="Reception" <401>

[401-auth]
type=auth
auth_type=userpass
username=401
password=Pj-401-secret ; the SIP password

[401]
type=aor
max_contacts=1

[402]
type=endpoint
auth=402-auth
;callerid="Old name" <402>

[402-auth]
type=auth
username=desk402
password=Pj-402-secret
`;

export const SIP_CONF = `[general]
context=default

[501]
type=friend
secret=Sip-501-secret
callerid="Lab phone" <501>
host=dynamic

[502]
type=peer
defaultuser=lab502
secret=Sip-502-secret
`;
