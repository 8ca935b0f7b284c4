# Trouve un JDK 21 ou plus récent et Maven ; exporte JAVA_HOME et JAVA. Sourcé par les scripts de bin/.
trouver_jdk() {
  local candidats=()
  [[ -n "${JAVA_HOME:-}" ]] && candidats+=("$JAVA_HOME")
  candidats+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2*-jdk-amd64 /usr/lib/jvm/java-2*-openjdk-amd64 /usr/lib/jvm/*)
  local c v
  for c in "${candidats[@]}"; do
    if [[ -x "$c/bin/javac" ]]; then
      v=$("$c/bin/java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9]+).*/\1/')
      if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then
        echo "$c"
        return 0
      fi
    fi
  done
  return 1
}
if ! JAVA_HOME="$(trouver_jdk)"; then
  echo "Aucun JDK 21 ou plus récent trouvé (JAVA_HOME ou /usr/lib/jvm). Installez-en un, par exemple : apt-get install openjdk-21-jdk" >&2
  exit 1
fi
export JAVA_HOME
export JAVA="$JAVA_HOME/bin/java"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
if ! command -v mvn >/dev/null 2>&1; then
  echo "Maven (mvn) est introuvable. Installez-le, par exemple : apt-get install maven" >&2
  exit 1
fi
