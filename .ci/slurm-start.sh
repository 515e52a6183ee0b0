#!/usr/bin/env bash
# Starts a one-node Slurm "cluster" for CI: munge,
# slurmctld and slurmd from Debian's packages, no systemd, configuration generated here.
# Run as root. Prints the SLURM_CONF to export; state lives in $SLURM_DIR (default: slurm in $TMPDIR).
set -euo pipefail
S=${SLURM_DIR:-${TMPDIR:-/tmp}/slurm}
mkdir -p "$S"/{state,spool,log}
export SLURM_CONF="$S/slurm.conf"
HOST=$(hostname -s)                       # NodeName must equal the short hostname
CPUS=$(nproc)
MEM=$(( $(awk '/MemTotal/{print $2}' /proc/meminfo) / 1024 - 1024 ))   # MiB, below the real memory
cat > "$SLURM_CONF" <<CONF
ClusterName=ci
SlurmctldHost=$HOST
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
SchedulerParameters=sched_interval=1,sched_min_interval=0,batch_sched_delay=0
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/log/slurmctld.log
SlurmdLogFile=$S/log/slurmd.log
NodeName=$HOST CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
install -d -o munge -g munge -m 0755 /run/munge
runuser -u munge -- /usr/sbin/munged
munge -n | unmunge > /dev/null
/usr/sbin/slurmctld -f "$SLURM_CONF"
/usr/sbin/slurmd -f "$SLURM_CONF"
for _ in $(seq 1 60); do
    [ "$(sinfo -h -N -o '%t' 2>/dev/null | head -1)" = idle ] && break
    sleep 0.5
done
sinfo >&2
echo "$SLURM_CONF"
