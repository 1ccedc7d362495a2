# Builds target\dist\Secretariat Workbench-<version>.msi on Windows. Run from the project folder:
#   .\mvnw.cmd -B package -DskipTests
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1
# Needs a JDK 17+ (jlink, jpackage) on PATH or in JAVA_HOME, and the WiX Toolset 3.x on PATH
# (candle.exe, light.exe; JDK 17's jpackage uses WiX 3 - JDK 24+ also accepts WiX 4/5).
# The upgrade UUID in jpackage-msi.txt is FIXED: never change it, or a new version installs beside
# the old one instead of upgrading it.
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $root
$jdk = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path (Split-Path (Get-Command javac).Source) }
$version = ([xml](Get-Content pom.xml)).project.version
$work = "target\jpackage"
Remove-Item -Recurse -Force $work, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input\lib", target\dist | Out-Null
Copy-Item target\secretariat-workbench.jar "$work\input\"
Get-ChildItem target\lib\*.jar | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$work\input\lib\"
# JavaFX goes into the runtime: only the -win classifier jars are real modules.
$fx = (Get-ChildItem target\lib\javafx-*-win.jar | ForEach-Object FullName) -join ';'
& "$jdk\bin\jlink" --module-path "$jdk\jmods;$fx" `
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.localedata,javafx.controls `
    --include-locales=en,fr,es,ar,ru,zh --strip-debug --no-header-files --no-man-pages `
    --generate-cds-archive --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
& "$jdk\bin\jpackage" "@packaging\windows\jpackage-msi.txt" --app-version $version `
    --input "$work\input" --runtime-image "$work\runtime" --dest target\dist
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem target\dist
